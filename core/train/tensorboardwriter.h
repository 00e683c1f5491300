#pragma once

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace as {

/**
 * Writes TensorBoard event files (`events.out.tfevents.<seconds>.<host>` in a folder) with
 * scalar summaries that TensorBoard opens. Written by hand: the format is a few records
 * (length, masked CRC-32C, a protobuf `Event`, masked CRC-32C) and no Debian package offers
 * a C++ writer (nor a C/C++ CRC-32C library in bookworm, so the CRC is a 256-entry table).
 * The first record is the `file_version: "brain.Event:2"` event. Each record is flushed.
 */
class TensorBoardWriter
{
public:
    /** Creates the folder when needed and opens a new event file there; throws `Error`. */
    explicit TensorBoardWriter(const std::string &folder);

    const std::string &path() const { return m_path; }
    void addScalar(const std::string &tag, double value, std::int64_t step);

private:
    void writeRecord(const std::string &data);
    std::string m_path;
    std::ofstream m_out;
};

/** A scalar read back from an event file. */
struct TensorBoardScalar
{
    std::string tag;
    double value = 0.0;       // stored as float32 (simple_value)
    std::int64_t step = 0;
    double wallTime = 0.0;
};

/**
 * Reads every scalar of an event file, checking each record's length and data CRCs; throws
 * `Error` naming the file and the byte offset of a corrupt record. Also used by the tests.
 */
std::vector<TensorBoardScalar> readTensorBoardScalars(const std::string &path);

/** CRC-32C (Castagnoli) of `data`, and TensorBoard's masked form of it. */
std::uint32_t crc32c(const std::string &data);
std::uint32_t maskedCrc32c(const std::string &data);

} // namespace as
