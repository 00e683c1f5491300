#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QRectF>
#include <QSize>
#include <QVector>

namespace as::ui {

/**
 * Renders the small SVG subset of our own icons (rect, circle, ellipse, line, polyline,
 * polygon, path with M/L/H/V/C/Q/Z, groups; fill, stroke, stroke-width, line caps and joins,
 * opacity) for systems without the Qt SVG plugin. It is not a general SVG renderer: icons
 * using more than this subset must be drawn differently or need Qt SVG.
 */
class SimpleSvgRenderer
{
public:
    explicit SimpleSvgRenderer(const QByteArray &svg);

    bool isValid() const { return m_valid; }
    /** The picture scaled from the viewBox to `size`, on a transparent background. */
    QImage render(QSize size) const;

private:
    struct Shape
    {
        QPainterPath path;
        QColor fill;
        QColor stroke;
        double strokeWidth = 1.0;
        Qt::PenCapStyle cap = Qt::FlatCap;
        Qt::PenJoinStyle join = Qt::MiterJoin;
    };

    QRectF m_viewBox;
    QVector<Shape> m_shapes;
    bool m_valid = false;
};

} // namespace as::ui
