#include "core/train/tensorboardwriter.h"

#include <array>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <unistd.h>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

namespace {

namespace fs = std::filesystem;

// Protobuf wire types (https://protobuf.dev/programming-guides/encoding/).
constexpr int kVarint = 0;
constexpr int kFixed64 = 1;
constexpr int kLengthDelimited = 2;
constexpr int kFixed32 = 5;

// Field numbers of tensorflow/core/util/event.proto and summary.proto that we use.
constexpr int kEventWallTime = 1; // double
constexpr int kEventStep = 2; // int64
constexpr int kEventFileVersion = 3; // string
constexpr int kEventSummary = 5; // Summary
constexpr int kSummaryValue = 1; // repeated Summary.Value
constexpr int kValueTag = 1; // string
constexpr int kValueSimpleValue = 2; // float

/** Reflected CRC-32C table (polynomial 0x82F63B78), built once. */
const std::array<std::uint32_t, 256> &crcTable()
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t {};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

std::uint32_t maskCrc(std::uint32_t crc)
{
    return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

void putLittleEndian(std::string &out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xffu));
}

std::uint64_t getLittleEndian(const std::string &in, std::size_t pos, int bytes)
{
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= std::uint64_t(static_cast<unsigned char>(in[pos + i])) << (8 * i);
    return value;
}

void putVarint(std::string &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

void putKey(std::string &out, int field, int wireType)
{
    putVarint(out, (std::uint64_t(field) << 3) | std::uint64_t(wireType));
}

void putBytes(std::string &out, int field, const std::string &bytes)
{
    putKey(out, field, kLengthDelimited);
    putVarint(out, bytes.size());
    out += bytes;
}

void putDouble(std::string &out, int field, double value)
{
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    putKey(out, field, kFixed64);
    putLittleEndian(out, bits, 8);
}

void putFloat(std::string &out, int field, float value)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    putKey(out, field, kFixed32);
    putLittleEndian(out, bits, 4);
}

double nowSeconds()
{
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

std::string hostName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0')
        return "localhost";
    return name;
}

/** Thrown inside the parser for malformed bytes; turned into an `Error` with the offset. */
struct ParseFailure
{
    std::string what;
};

/** A cursor over one protobuf message (a sub-range of a record's data). */
class ProtoReader
{
public:
    ProtoReader(const std::string &data, std::size_t begin, std::size_t end)
        : m_data(data)
        , m_pos(begin)
        , m_end(end)
    {
    }

    bool atEnd() const { return m_pos >= m_end; }

    std::uint64_t varint()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            const auto byte = static_cast<unsigned char>(m_data[m_pos++]);
            value |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        throw ParseFailure {"varint longer than 10 bytes"};
    }

    std::uint64_t fixed(int bytes)
    {
        need(bytes);
        const std::uint64_t value = getLittleEndian(m_data, m_pos, bytes);
        m_pos += bytes;
        return value;
    }

    /** The [begin, end) range of a length-delimited field's payload, skipped over. */
    std::pair<std::size_t, std::size_t> lengthDelimited()
    {
        const std::uint64_t length = varint();
        if (length > m_end - m_pos)
            throw ParseFailure {"length-delimited field runs past its message"};
        const std::size_t begin = m_pos;
        m_pos += length;
        return {begin, m_pos};
    }

    /** Skips a field we do not use, by its wire type (groups 3/4 are not used by TensorBoard). */
    void skip(int wireType)
    {
        switch (wireType) {
        case kVarint:
            varint();
            break;
        case kFixed64:
            fixed(8);
            break;
        case kLengthDelimited:
            lengthDelimited();
            break;
        case kFixed32:
            fixed(4);
            break;
        default:
            throw ParseFailure {"unsupported wire type " + std::to_string(wireType)};
        }
    }

private:
    void need(std::size_t bytes) const
    {
        if (bytes > m_end - m_pos)
            throw ParseFailure {"field runs past its message"};
    }

    const std::string &m_data;
    std::size_t m_pos;
    std::size_t m_end;
};

/** Parses a Summary.Value; returns false when it holds no simple_value (an image, a tensor). */
bool parseValue(const std::string &data, std::size_t begin, std::size_t end,
                TensorBoardScalar &scalar)
{
    ProtoReader reader(data, begin, end);
    bool hasValue = false;
    while (!reader.atEnd()) {
        const std::uint64_t key = reader.varint();
        const int field = int(key >> 3);
        const int wireType = int(key & 7);
        if (field == kValueTag && wireType == kLengthDelimited) {
            const auto [b, e] = reader.lengthDelimited();
            scalar.tag = data.substr(b, e - b);
        } else if (field == kValueSimpleValue && wireType == kFixed32) {
            const auto bits = static_cast<std::uint32_t>(reader.fixed(4));
            float value = 0.0f;
            std::memcpy(&value, &bits, sizeof value);
            scalar.value = value;
            hasValue = true;
        } else {
            reader.skip(wireType);
        }
    }
    return hasValue;
}

/** Parses one Event and appends its scalars (there may be none, e.g. the file_version one). */
void parseEvent(const std::string &data, std::size_t begin, std::size_t end,
                std::vector<TensorBoardScalar> &out)
{
    ProtoReader reader(data, begin, end);
    std::vector<TensorBoardScalar> scalars;
    double wallTime = 0.0;
    std::int64_t step = 0;
    while (!reader.atEnd()) {
        const std::uint64_t key = reader.varint();
        const int field = int(key >> 3);
        const int wireType = int(key & 7);
        if (field == kEventWallTime && wireType == kFixed64) {
            const std::uint64_t bits = reader.fixed(8);
            std::memcpy(&wallTime, &bits, sizeof wallTime);
        } else if (field == kEventStep && wireType == kVarint) {
            step = static_cast<std::int64_t>(reader.varint());
        } else if (field == kEventSummary && wireType == kLengthDelimited) {
            const auto [sb, se] = reader.lengthDelimited();
            ProtoReader summary(data, sb, se);
            while (!summary.atEnd()) {
                const std::uint64_t sKey = summary.varint();
                if (int(sKey >> 3) == kSummaryValue && int(sKey & 7) == kLengthDelimited) {
                    const auto [vb, ve] = summary.lengthDelimited();
                    TensorBoardScalar scalar;
                    if (parseValue(data, vb, ve, scalar))
                        scalars.push_back(std::move(scalar));
                } else {
                    summary.skip(int(sKey & 7));
                }
            }
        } else {
            reader.skip(wireType);
        }
    }
    // Fields may come in any order, so step and time are set once the whole event is read.
    for (auto &scalar : scalars) {
        scalar.step = step;
        scalar.wallTime = wallTime;
        out.push_back(std::move(scalar));
    }
}

} // namespace

std::uint32_t crc32c(const std::string &data)
{
    const auto &table = crcTable();
    std::uint32_t crc = 0xffffffffu;
    for (const char c : data)
        crc = table[(crc ^ static_cast<unsigned char>(c)) & 0xffu] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

std::uint32_t maskedCrc32c(const std::string &data)
{
    return maskCrc(crc32c(data));
}

TensorBoardWriter::TensorBoardWriter(const std::string &folder)
{
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw Error("run.tensorboard",
                    "Cannot create TensorBoard folder " + folder + ": " + ec.message(), folder);
    // TensorBoard reads every file with "tfevents" in its name, in name order; a second writer
    // in the same second (a quick resume) gets a ".1", ".2"... suffix so it never appends to
    // or overwrites the first file, and still sorts after it.
    const auto seconds = static_cast<long long>(nowSeconds());
    const std::string base
        = folder + "/events.out.tfevents." + std::to_string(seconds) + "." + hostName();
    m_path = base;
    for (int n = 1; fs::exists(m_path); ++n)
        m_path = base + "." + std::to_string(n);

    m_out.open(m_path, std::ios::binary | std::ios::trunc);
    if (!m_out)
        throw Error("run.tensorboard", "Cannot create TensorBoard event file " + m_path, m_path);

    std::string event;
    putDouble(event, kEventWallTime, nowSeconds());
    putBytes(event, kEventFileVersion, "brain.Event:2");
    writeRecord(event);
}

void TensorBoardWriter::addScalar(const std::string &tag, double value, std::int64_t step)
{
    std::string summaryValue;
    putBytes(summaryValue, kValueTag, tag);
    putFloat(summaryValue, kValueSimpleValue, static_cast<float>(value));
    std::string summary;
    putBytes(summary, kSummaryValue, summaryValue);

    std::string event;
    putDouble(event, kEventWallTime, nowSeconds());
    putKey(event, kEventStep, kVarint);
    putVarint(event, static_cast<std::uint64_t>(step)); // int64: two's complement, as protobuf
    putBytes(event, kEventSummary, summary);
    writeRecord(event);
}

void TensorBoardWriter::writeRecord(const std::string &data)
{
    // Record framing of TensorFlow's record_writer.cc: length, CRC of the length, data, CRC.
    std::string header;
    putLittleEndian(header, data.size(), 8);
    std::string record = header;
    putLittleEndian(record, maskedCrc32c(header), 4);
    record += data;
    putLittleEndian(record, maskedCrc32c(data), 4);

    m_out.write(record.data(), static_cast<std::streamsize>(record.size()));
    m_out.flush();
    if (!m_out)
        throw Error("run.tensorboard",
                    "Cannot write TensorBoard event file " + m_path + " (disk full?)", m_path);
}

std::vector<TensorBoardScalar> readTensorBoardScalars(const std::string &path)
{
    const std::string bytes = readFile(path);
    std::vector<TensorBoardScalar> scalars;
    std::size_t offset = 0;
    const auto corrupt = [&](const std::string &what) {
        return Error("run.tensorboard",
                     "Corrupt TensorBoard event file " + path + " at byte " + std::to_string(offset)
                         + ": " + what,
                     path);
    };
    while (offset < bytes.size()) {
        if (bytes.size() - offset < 12)
            throw corrupt("truncated record header");
        const std::string header = bytes.substr(offset, 8);
        if (getLittleEndian(bytes, offset + 8, 4) != maskedCrc32c(header))
            throw corrupt("length CRC mismatch");
        const std::uint64_t length = getLittleEndian(bytes, offset, 8);
        if (length > bytes.size() - offset - 12 || bytes.size() - offset - 12 - length < 4)
            throw corrupt("truncated record data");
        const std::size_t dataBegin = offset + 12;
        const std::size_t dataEnd = dataBegin + length;
        if (getLittleEndian(bytes, dataEnd, 4) != maskedCrc32c(bytes.substr(dataBegin, length)))
            throw corrupt("data CRC mismatch");
        try {
            parseEvent(bytes, dataBegin, dataEnd, scalars);
        } catch (const ParseFailure &failure) {
            throw corrupt("malformed event: " + failure.what);
        }
        offset = dataEnd + 4;
    }
    return scalars;
}

} // namespace as
