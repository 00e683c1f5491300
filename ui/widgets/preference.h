#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace as::ui {

/**
 * A typed settings key declared where it is used (Tiled's `Preference<T>`):
 *
 *     static Preference<QByteArray> windowGeometry{"mainWindow/geometry"};
 *     restoreGeometry(windowGeometry.get());
 *
 * Reads and writes go through QSettings of the application's organisation and name, so there
 * is no central preferences class that every feature has to edit.
 */
template<typename T> class Preference
{
public:
    explicit Preference(const char *key, T defaultValue = T())
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        const QSettings settings;
        const QVariant value = settings.value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }

    void set(const T &value) const
    {
        QSettings settings;
        settings.setValue(m_key, QVariant::fromValue(value));
    }

    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace as::ui
