#include "ui/widgets/simplesvgrenderer.h"

#include <QPainter>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace as::ui {

namespace {

/** Presentation attributes inherited from enclosing groups. */
struct Style
{
    QString fill = QStringLiteral("black");
    QString stroke = QStringLiteral("none");
    double strokeWidth = 1.0;
    double opacity = 1.0;
    QString cap = QStringLiteral("butt");
    QString join = QStringLiteral("miter");
};

QVector<double> numbers(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?"));
    QVector<double> out;
    auto it = number.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured().toDouble());
    return out;
}

QColor color(const QString &value, double opacity)
{
    if (value.isEmpty() || value == QLatin1String("none"))
        return {};
    QColor c(value);
    if (c.isValid())
        c.setAlphaF(c.alphaF() * opacity);
    return c;
}

/** Parses path data with absolute and relative M, L, H, V, C, Q, Z commands. */
QPainterPath parsePath(const QString &d)
{
    static const QRegularExpression token(
        QStringLiteral("([MmLlHhVvCcQqZz])|([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)"));
    QPainterPath path;
    QChar command;
    QVector<double> args;
    QPointF current;
    QPointF start;
    auto flush = [&](bool final) {
        const bool relative = command.isLower();
        const QChar c = command.toUpper();
        const QPointF base = relative ? current : QPointF();
        auto point = [&](int i) { return QPointF(args[i], args[i + 1]) + base; };
        if (c == QLatin1Char('M') && args.size() >= 2) {
            current = start = point(0);
            path.moveTo(current);
            // Further coordinate pairs after a moveto are implicit linetos.
            for (int i = 2; i + 1 < args.size(); i += 2) {
                current = QPointF(args[i], args[i + 1]) + (relative ? current : QPointF());
                path.lineTo(current);
            }
        } else if (c == QLatin1Char('L')) {
            for (int i = 0; i + 1 < args.size(); i += 2) {
                current = QPointF(args[i], args[i + 1]) + (relative ? current : QPointF());
                path.lineTo(current);
            }
        } else if (c == QLatin1Char('H')) {
            for (const double x : args) {
                current.setX(relative ? current.x() + x : x);
                path.lineTo(current);
            }
        } else if (c == QLatin1Char('V')) {
            for (const double y : args) {
                current.setY(relative ? current.y() + y : y);
                path.lineTo(current);
            }
        } else if (c == QLatin1Char('C')) {
            for (int i = 0; i + 5 < args.size(); i += 6) {
                const QPointF b = relative ? current : QPointF();
                const QPointF end = QPointF(args[i + 4], args[i + 5]) + b;
                path.cubicTo(QPointF(args[i], args[i + 1]) + b,
                             QPointF(args[i + 2], args[i + 3]) + b, end);
                current = end;
            }
        } else if (c == QLatin1Char('Q')) {
            for (int i = 0; i + 3 < args.size(); i += 4) {
                const QPointF b = relative ? current : QPointF();
                const QPointF end = QPointF(args[i + 2], args[i + 3]) + b;
                path.quadTo(QPointF(args[i], args[i + 1]) + b, end);
                current = end;
            }
        } else if (c == QLatin1Char('Z') && !final) {
            path.closeSubpath();
            current = start;
        }
        args.clear();
    };
    auto it = token.globalMatch(d);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.hasCaptured(1)) {
            if (!command.isNull())
                flush(false);
            command = match.captured(1).at(0);
            if (command.toUpper() == QLatin1Char('Z')) {
                path.closeSubpath();
                current = start;
                command = QChar();
            }
        } else {
            args.append(match.captured(2).toDouble());
        }
    }
    if (!command.isNull())
        flush(true);
    return path;
}

} // namespace

SimpleSvgRenderer::SimpleSvgRenderer(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QVector<Style> styles {Style()};
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (styles.size() > 1)
                styles.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        auto attr = [&a](const char *name) { return a.value(QLatin1String(name)).toString(); };
        auto num = [&attr](const char *name) { return attr(name).toDouble(); };

        Style style = styles.last();
        if (a.hasAttribute(QLatin1String("fill")))
            style.fill = attr("fill");
        if (a.hasAttribute(QLatin1String("stroke")))
            style.stroke = attr("stroke");
        if (a.hasAttribute(QLatin1String("stroke-width")))
            style.strokeWidth = num("stroke-width");
        if (a.hasAttribute(QLatin1String("opacity")))
            style.opacity *= num("opacity");
        if (a.hasAttribute(QLatin1String("stroke-linecap")))
            style.cap = attr("stroke-linecap");
        if (a.hasAttribute(QLatin1String("stroke-linejoin")))
            style.join = attr("stroke-linejoin");
        styles.append(style);

        const QStringView name = xml.name();
        QPainterPath path;
        if (name == QLatin1String("svg")) {
            const QVector<double> box = numbers(attr("viewBox"));
            m_viewBox = box.size() == 4 ? QRectF(box[0], box[1], box[2], box[3])
                                        : QRectF(0, 0, num("width"), num("height"));
            m_valid = !m_viewBox.isEmpty();
            continue;
        } else if (name == QLatin1String("rect")) {
            const double rx = a.hasAttribute(QLatin1String("rx")) ? num("rx") : num("ry");
            path.addRoundedRect(QRectF(num("x"), num("y"), num("width"), num("height")), rx, rx);
        } else if (name == QLatin1String("circle")) {
            path.addEllipse(QPointF(num("cx"), num("cy")), num("r"), num("r"));
        } else if (name == QLatin1String("ellipse")) {
            path.addEllipse(QPointF(num("cx"), num("cy")), num("rx"), num("ry"));
        } else if (name == QLatin1String("line")) {
            path.moveTo(num("x1"), num("y1"));
            path.lineTo(num("x2"), num("y2"));
        } else if (name == QLatin1String("polyline") || name == QLatin1String("polygon")) {
            const QVector<double> p = numbers(attr("points"));
            for (int i = 0; i + 1 < p.size(); i += 2) {
                if (i == 0)
                    path.moveTo(p[i], p[i + 1]);
                else
                    path.lineTo(p[i], p[i + 1]);
            }
            if (name == QLatin1String("polygon"))
                path.closeSubpath();
        } else if (name == QLatin1String("path")) {
            path = parsePath(attr("d"));
        } else {
            continue; // <g>, <title> and the like only carry style
        }
        Shape shape;
        shape.path = path;
        shape.fill = color(style.fill, style.opacity);
        shape.stroke = color(style.stroke, style.opacity);
        shape.strokeWidth = style.strokeWidth;
        shape.cap = style.cap == QLatin1String("round") ? Qt::RoundCap
            : style.cap == QLatin1String("square")      ? Qt::SquareCap
                                                        : Qt::FlatCap;
        shape.join = style.join == QLatin1String("round") ? Qt::RoundJoin
            : style.join == QLatin1String("bevel")        ? Qt::BevelJoin
                                                          : Qt::MiterJoin;
        m_shapes.append(shape);
    }
    if (xml.hasError())
        m_valid = false;
}

QImage SimpleSvgRenderer::render(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!m_valid)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size.width() / m_viewBox.width(), size.height() / m_viewBox.height());
    painter.translate(-m_viewBox.topLeft());
    for (const Shape &shape : m_shapes) {
        if (shape.fill.isValid())
            painter.fillPath(shape.path, shape.fill);
        if (shape.stroke.isValid()) {
            painter.strokePath(
                shape.path,
                QPen(shape.stroke, shape.strokeWidth, Qt::SolidLine, shape.cap, shape.join));
        }
    }
    return image;
}

} // namespace as::ui
