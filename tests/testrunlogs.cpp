// Tests of the run logs: CRC-32C against its published check values, TensorBoard event files
// byte by byte and read back, and MetricsLog's JSONL, CSV and TensorBoard output, with resume.

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/fileutil.h"
#include "core/train/metricslog.h"
#include "core/train/tensorboardwriter.h"
#include "testutil.h"

using namespace as;
namespace fs = std::filesystem;

namespace {

std::uint64_t littleEndian(const std::string &bytes, std::size_t pos, int count)
{
    std::uint64_t value = 0;
    for (int i = 0; i < count; ++i)
        value |= std::uint64_t(static_cast<unsigned char>(bytes[pos + i])) << (8 * i);
    return value;
}

void putLittleEndian(std::string &out, std::uint64_t value, int count)
{
    for (int i = 0; i < count; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

/** Frames `data` as one TFRecord, the way the writer must (to build hand-made records). */
std::string frame(const std::string &data)
{
    std::string header;
    putLittleEndian(header, data.size(), 8);
    std::string record = header;
    putLittleEndian(record, maskedCrc32c(header), 4);
    record += data;
    putLittleEndian(record, maskedCrc32c(data), 4);
    return record;
}

std::vector<std::string> lines(const std::string &path)
{
    std::vector<std::string> result;
    std::istringstream in(readFile(path));
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

std::vector<std::string> split(const std::string &line)
{
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ','))
        fields.push_back(field);
    if (!line.empty() && line.back() == ',')
        fields.emplace_back();
    return fields;
}

std::vector<std::string> eventFiles(const std::string &folder)
{
    std::vector<std::string> files;
    for (const auto &entry : fs::directory_iterator(folder))
        files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

/** The scalars of `tag`, as (step, value) pairs in file order. */
std::vector<std::pair<std::int64_t, double>> curve(const std::vector<TensorBoardScalar> &all,
                                                   const std::string &tag)
{
    std::vector<std::pair<std::int64_t, double>> result;
    for (const auto &s : all)
        if (s.tag == tag)
            result.emplace_back(s.step, s.value);
    return result;
}

/** CSV numbers are written with 9 significant digits: equal to 1e-8 relative. */
bool closeTo(const std::string &field, double expected)
{
    return std::abs(std::stod(field) - expected) <= 1e-8 * std::max(1.0, std::abs(expected));
}

IterationMetrics iteration(int epoch, int it)
{
    IterationMetrics m;
    m.epoch = epoch;
    m.iteration = it;
    m.iterationsPerEpoch = 2;
    m.globalStep = epoch * 2 + it;
    m.loss = std::log(10.0) / (1.0 + m.globalStep); // 2.302585093, 1.151292546, ...
    m.learningRate = 0.1 * std::pow(0.5, double(m.globalStep));
    m.clipsPerSecond = 123.456789 + m.globalStep;
    return m;
}

EpochMetrics epochMetrics(int epoch, bool validated)
{
    EpochMetrics m;
    m.epoch = epoch;
    m.epochs = 3;
    m.trainLoss = 1.0 / 3.0 + epoch;
    m.trainTop1 = 0.25 + 0.125 * epoch;
    m.validated = validated;
    m.valLoss = 0.7 + epoch;
    m.valTop1 = 0.5 + 0.0625 * epoch;
    m.valTop5 = 0.9;
    m.valMeanClassAccuracy = 0.45 + 0.01 * epoch;
    m.seconds = 12.5 + epoch;
    m.learningRate = 0.05 / (epoch + 1);
    m.clipsPerSecond = 99.5 + epoch;
    return m;
}

} // namespace

class TestRunLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32cCheckValues();
    void eventFileBytes();
    void eventFileReadBack();
    void readerSkipsUnknownFields();
    void corruptRecordThrows();
    void metricsLogFiles();
    void metricsLogResume();
};

void TestRunLogs::crc32cCheckValues()
{
    // The CRC catalogue's check value of CRC-32C, and RFC 3720 (iSCSI) B.4 vectors.
    QCOMPARE(crc32c("123456789"), 0xE3069283u);
    QCOMPARE(crc32c(""), 0u);
    QCOMPARE(crc32c(std::string(32, '\0')), 0x8A9136AAu);
    QCOMPARE(crc32c(std::string(32, '\xff')), 0x62A8AB43u);
    // ((0xE3069283 >> 15) | (0xE3069283 << 17)) + 0xa282ead8 mod 2^32, worked by hand:
    // 0x0001C60D | 0x25060000 = 0x2507C60D; + 0xA282EAD8 = 0xC78AB0E5.
    QCOMPARE(maskedCrc32c("123456789"), 0xC78AB0E5u);
}

void TestRunLogs::eventFileBytes()
{
    QTemporaryDir dir;
    const std::string folder = test::path(dir, "a/tb");
    std::string path;
    {
        TensorBoardWriter writer(folder);
        path = writer.path();
        writer.addScalar("a", 1.5, 0);
    }
    QVERIFY(fs::is_directory(folder));
    const std::string name = fs::path(path).filename().string();
    QVERIFY2(name.rfind("events.out.tfevents.", 0) == 0, name.c_str());
    QCOMPARE(fs::path(path).parent_path().string(), folder);

    const std::string bytes = readFile(path);
    // Record 1: 0x09 + wall time (8) + 0x1A 0x0D "brain.Event:2" = 24 data bytes.
    QCOMPARE(littleEndian(bytes, 0, 8), std::uint64_t(24));
    QCOMPARE(littleEndian(bytes, 8, 4), std::uint64_t(maskedCrc32c(bytes.substr(0, 8))));
    const std::string first = bytes.substr(12, 24);
    QCOMPARE(first[0], '\x09');
    QCOMPARE(first.substr(9),
             std::string("\x1a\x0d"
                         "brain.Event:2"));
    QCOMPARE(littleEndian(bytes, 36, 4), std::uint64_t(maskedCrc32c(first)));

    // Record 2, after the wall time: step 0, summary { value { tag "a" simple_value 1.5f } }.
    // Value = 0A 01 'a' 15 <00 00 C0 3F> (8 bytes); Summary = 0A 08 + Value (10 bytes).
    const std::size_t second = 40;
    const std::string expectedTail("\x10\x00\x2a\x0a\x0a\x08\x0a\x01\x61\x15\x00\x00\xc0\x3f", 14);
    QCOMPARE(littleEndian(bytes, second, 8), std::uint64_t(9 + expectedTail.size()));
    const std::string data = bytes.substr(second + 12, 9 + expectedTail.size());
    QCOMPARE(data[0], '\x09');
    QCOMPARE(data.substr(9), expectedTail);
    QCOMPARE(littleEndian(bytes, second + 12 + data.size(), 4), std::uint64_t(maskedCrc32c(data)));
    QCOMPARE(bytes.size(), second + 12 + data.size() + 4);
}

void TestRunLogs::eventFileReadBack()
{
    QTemporaryDir dir;
    const double before = double(std::time(nullptr));
    std::string path;
    {
        TensorBoardWriter writer(test::path(dir, "tb"));
        path = writer.path();
        writer.addScalar("train/loss", 0.1, 10);
        writer.addScalar("train/loss", 2.302585093, 11);
        writer.addScalar("epoch/val_top1", -3.25e-5, 1);
        writer.addScalar("neg", 7.0, -2); // int64 varint of a negative step
        writer.addScalar("big", 1e30, 5000000000LL); // a step past 32 bits
    }
    const double after = double(std::time(nullptr)) + 1.0;

    const auto scalars = readTensorBoardScalars(path);
    QCOMPARE(scalars.size(), std::size_t(5));
    const std::vector<std::string> tags {"train/loss", "train/loss", "epoch/val_top1", "neg",
                                         "big"};
    const std::vector<std::int64_t> steps {10, 11, 1, -2, 5000000000LL};
    const std::vector<double> values {0.1, 2.302585093, -3.25e-5, 7.0, 1e30};
    for (std::size_t i = 0; i < scalars.size(); ++i) {
        QCOMPARE(scalars[i].tag, tags[i]);
        QCOMPARE(scalars[i].step, steps[i]);
        // simple_value is a float32: the value read back is exactly the float nearest.
        QCOMPARE(scalars[i].value, double(float(values[i])));
        QVERIFY(scalars[i].wallTime >= before - 1.0 && scalars[i].wallTime <= after);
    }
}

void TestRunLogs::readerSkipsUnknownFields()
{
    // An event with unknown fields of every wire type around the known ones, in an unusual
    // order (summary before step), and a Summary.Value with an extra field; a second value
    // without simple_value (like an image) yields no scalar.
    const auto varint = [](std::string &out, std::uint64_t v) {
        while (v >= 0x80) {
            out.push_back(char((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out.push_back(char(v));
    };
    const auto bytesField = [&](std::string &out, int field, const std::string &payload) {
        varint(out, (field << 3) | 2);
        varint(out, payload.size());
        out += payload;
    };
    std::string value;
    bytesField(value, 7, "metadata"); // unknown length-delimited
    bytesField(value, 1, "x/y");
    value += "\x15";
    putLittleEndian(value, 0x40490fdb, 4); // 3.14159274f
    std::string imageValue;
    bytesField(imageValue, 1, "img");
    bytesField(imageValue, 4, "png bytes");
    std::string summary;
    bytesField(summary, 1, value);
    bytesField(summary, 1, imageValue);

    std::string event;
    varint(event, (15 << 3) | 0); // unknown varint, a 10-byte one
    varint(event, ~std::uint64_t(0));
    bytesField(event, 5, summary);
    varint(event, (14 << 3) | 5); // unknown fixed32
    putLittleEndian(event, 0xdeadbeef, 4);
    varint(event, (13 << 3) | 1); // unknown fixed64
    putLittleEndian(event, 0x0123456789abcdefULL, 8);
    varint(event, (2 << 3) | 0); // step 300 (two-byte varint)
    varint(event, 300);
    double wallTime = 1700000000.25;
    std::uint64_t bits = 0;
    std::memcpy(&bits, &wallTime, 8);
    varint(event, (1 << 3) | 1);
    putLittleEndian(event, bits, 8);

    QTemporaryDir dir;
    const std::string path = test::path(dir, "events.out.tfevents.1.handmade");
    writeFileAtomically(path, frame(event));
    const auto scalars = readTensorBoardScalars(path);
    QCOMPARE(scalars.size(), std::size_t(1));
    QCOMPARE(scalars[0].tag, std::string("x/y"));
    QCOMPARE(scalars[0].value, double(3.14159274f));
    QCOMPARE(scalars[0].step, std::int64_t(300));
    QCOMPARE(scalars[0].wallTime, 1700000000.25);
}

void TestRunLogs::corruptRecordThrows()
{
    QTemporaryDir dir;
    std::string path;
    {
        TensorBoardWriter writer(test::path(dir, "tb"));
        path = writer.path();
        writer.addScalar("a", 1.0, 1);
        writer.addScalar("a", 2.0, 2);
    }
    const std::string good = readFile(path);
    QCOMPARE(readTensorBoardScalars(path).size(), std::size_t(2));
    const std::size_t second = 40; // the first record is 12 + 24 + 4 bytes

    const auto expectError = [&](const std::string &bytes, const std::string &offsetText) {
        writeFileAtomically(path, bytes);
        try {
            readTensorBoardScalars(path);
            QFAIL("no error for a corrupt file");
        } catch (const Error &e) {
            QCOMPARE(e.path(), path);
            const std::string message = e.what();
            QVERIFY2(message.find(path) != std::string::npos, message.c_str());
            QVERIFY2(message.find("byte " + offsetText + ":") != std::string::npos,
                     message.c_str());
        }
    };
    std::string bytes = good;
    bytes[second + 12 + 5] ^= 0x01; // a bit of the second record's wall time
    expectError(bytes, std::to_string(second));
    bytes = good;
    bytes[second + 1] ^= 0x40; // its length
    expectError(bytes, std::to_string(second));
    bytes = good;
    bytes[second + 12 + 10] ^= 0x01; // a bit of the second record's step
    expectError(bytes, std::to_string(second));
    const std::size_t third = second + 12 + littleEndian(good, second, 8) + 4;
    expectError(good.substr(0, good.size() - 1), std::to_string(third)); // truncated data
    expectError(good.substr(0, third + 5), std::to_string(third));       // truncated header
}

void TestRunLogs::metricsLogFiles()
{
    QTemporaryDir dir;
    const std::string run = test::path(dir, "run");
    fs::create_directories(run);
    {
        MetricsLog log(run + "/metrics.jsonl");
        for (int epoch = 0; epoch < 3; ++epoch) {
            for (int it = 0; it < 2; ++it)
                log.logIteration(iteration(epoch, it));
            log.logEpoch(epochMetrics(epoch, epoch != 1));
        }
    }

    const auto iters = lines(run + "/iterations.csv");
    QCOMPARE(iters.size(), std::size_t(7));
    QCOMPARE(iters[0], std::string("epoch,iteration,step,loss,lr,clips_per_s"));
    for (int step = 0; step < 6; ++step) {
        const auto m = iteration(step / 2, step % 2);
        const auto f = split(iters[step + 1]);
        QCOMPARE(f.size(), std::size_t(6));
        QCOMPARE(std::stoi(f[0]), m.epoch);
        QCOMPARE(std::stoi(f[1]), m.iteration);
        QCOMPARE(std::stoll(f[2]), m.globalStep);
        QVERIFY2(closeTo(f[3], m.loss), iters[step + 1].c_str());
        QVERIFY2(closeTo(f[4], m.learningRate), iters[step + 1].c_str());
        QVERIFY2(closeTo(f[5], m.clipsPerSecond), iters[step + 1].c_str());
    }
    QVERIFY(closeTo(split(iters[1])[3], 2.302585093)); // ln 10, the first loss, by hand

    const auto epochs = lines(run + "/epochs.csv");
    QCOMPARE(epochs.size(), std::size_t(4));
    QCOMPARE(epochs[0],
             std::string("epoch,train_loss,train_top1,validated,val_loss,val_top1,"
                         "val_top5,val_mean_class_acc,lr,clips_per_s,seconds"));
    for (int epoch = 0; epoch < 3; ++epoch) {
        const auto m = epochMetrics(epoch, epoch != 1);
        const auto f = split(epochs[epoch + 1]);
        QCOMPARE(f.size(), std::size_t(11));
        QCOMPARE(std::stoi(f[0]), epoch);
        QVERIFY(closeTo(f[1], m.trainLoss));
        QVERIFY(closeTo(f[2], m.trainTop1));
        QCOMPARE(f[3], std::string(m.validated ? "1" : "0"));
        if (m.validated) {
            QVERIFY(closeTo(f[4], m.valLoss));
            QVERIFY(closeTo(f[5], m.valTop1));
            QVERIFY(closeTo(f[6], m.valTop5));
            QVERIFY(closeTo(f[7], m.valMeanClassAccuracy));
        } else {
            for (int i = 4; i <= 7; ++i)
                QVERIFY2(f[i].empty(), epochs[epoch + 1].c_str());
        }
        QVERIFY(closeTo(f[8], m.learningRate));
        QVERIFY(closeTo(f[9], m.clipsPerSecond));
        QVERIFY(closeTo(f[10], m.seconds));
    }

    // JSONL: the existing records plus the new epoch fields.
    const auto jsonl = lines(run + "/metrics.jsonl");
    QCOMPARE(jsonl.size(), std::size_t(9));
    const auto e2 = nlohmann::json::parse(jsonl[8]);
    QCOMPARE(e2["type"].get<std::string>(), std::string("epoch"));
    QCOMPARE(e2["epoch"].get<int>(), 2);
    QCOMPARE(e2["val_mean_class_acc"].get<double>(), 0.45 + 0.01 * 2);
    QCOMPARE(e2["lr"].get<double>(), 0.05 / 3);
    QCOMPARE(e2["clips_per_s"].get<double>(), 101.5);
    QCOMPARE(e2["val_top1"].get<double>(), 0.625);
    const auto i0 = nlohmann::json::parse(jsonl[0]);
    QCOMPARE(i0["type"].get<std::string>(), std::string("iter"));
    QCOMPARE(i0["loss"].get<double>(), std::log(10.0));

    // TensorBoard: one event file with every curve.
    const auto files = eventFiles(run + "/tensorboard");
    QCOMPARE(files.size(), std::size_t(1));
    const auto scalars = readTensorBoardScalars(files[0]);
    // 6 steps × (loss, lr, clips/s); 3 epochs × train loss, top-1, top-5; 2 validations × 4.
    QCOMPARE(scalars.size(), std::size_t(6 * 3 + 3 * 3 + 2 * 4));
    for (const char *tag : {"train/loss", "train/lr", "train/clips_per_s"}) {
        const auto c = curve(scalars, tag);
        QCOMPARE(c.size(), std::size_t(6));
        for (int step = 0; step < 6; ++step) {
            const auto m = iteration(step / 2, step % 2);
            const double expected = std::string(tag) == "train/loss" ? m.loss
                : std::string(tag) == "train/lr"                     ? m.learningRate
                                                                     : m.clipsPerSecond;
            QCOMPARE(c[step].first, std::int64_t(step));
            QCOMPARE(c[step].second, double(float(expected)));
        }
    }
    const auto trainLoss = curve(scalars, "epoch/train_loss");
    QCOMPARE(trainLoss.size(), std::size_t(3));
    for (int epoch = 0; epoch < 3; ++epoch) {
        QCOMPARE(trainLoss[epoch].first, std::int64_t(epoch + 1));
        QCOMPARE(trainLoss[epoch].second, double(float(1.0 / 3.0 + epoch)));
    }
    QCOMPARE(curve(scalars, "epoch/train_top1")[2].second, 0.5);
    // Validation curves only at the validated epochs 0 and 2 (steps 1 and 3).
    const auto valTop1 = curve(scalars, "epoch/val_top1");
    QCOMPARE(valTop1.size(), std::size_t(2));
    QCOMPARE(valTop1[0], std::make_pair(std::int64_t(1), 0.5));
    QCOMPARE(valTop1[1], std::make_pair(std::int64_t(3), 0.625));
    QCOMPARE(curve(scalars, "epoch/val_loss").size(), std::size_t(2));
    QCOMPARE(curve(scalars, "epoch/val_top5")[1].second, double(0.9f));
    QCOMPARE(curve(scalars, "epoch/val_mean_class_acc")[1].second, double(0.47f));
}

void TestRunLogs::metricsLogResume()
{
    QTemporaryDir dir;
    const std::string run = test::path(dir, "run");
    fs::create_directories(run);
    {
        MetricsLog log(run + "/metrics.jsonl");
        for (int epoch = 0; epoch < 3; ++epoch) {
            for (int it = 0; it < 2; ++it)
                log.logIteration(iteration(epoch, it));
            log.logEpoch(epochMetrics(epoch, true));
        }
    }
    // A row cut short by a kill (all fields, no newline) must go too.
    {
        std::ofstream out(run + "/iterations.csv", std::ios::app);
        out << "0,1,1,0.5,0.1,12";
    }

    {
        MetricsLog log(run + "/metrics.jsonl", 1); // resume: epoch 1 and later are redone
        const auto iters = lines(run + "/iterations.csv");
        QCOMPARE(iters.size(), std::size_t(3)); // header + epoch 0's two iterations
        QCOMPARE(split(iters[2])[0], std::string("0"));
        QCOMPARE(split(iters[2])[1], std::string("1"));
        QVERIFY(closeTo(split(iters[2])[3], iteration(0, 1).loss));
        const auto epochs = lines(run + "/epochs.csv");
        QCOMPARE(epochs.size(), std::size_t(2));
        QCOMPARE(split(epochs[1])[0], std::string("0"));
        const auto jsonl = lines(run + "/metrics.jsonl");
        QCOMPARE(jsonl.size(), std::size_t(3));
        for (const auto &line : jsonl)
            QCOMPARE(nlohmann::json::parse(line)["epoch"].get<int>(), 0);
        QCOMPARE(eventFiles(run + "/tensorboard").size(), std::size_t(2));

        log.logIteration(iteration(1, 0));
        log.logEpoch(epochMetrics(1, false));
    }
    const auto iters = lines(run + "/iterations.csv");
    QCOMPARE(iters.size(), std::size_t(4));
    QCOMPARE(iters[0], std::string("epoch,iteration,step,loss,lr,clips_per_s"));
    QCOMPARE(std::stoll(split(iters[3])[2]), std::int64_t(2));
    const auto epochs = lines(run + "/epochs.csv");
    QCOMPARE(epochs.size(), std::size_t(3));
    QCOMPARE(split(epochs[2])[0], std::string("1"));
    QCOMPARE(lines(run + "/metrics.jsonl").size(), std::size_t(5));

    // The first event file keeps the old curve; the new one holds only the redone steps.
    const auto files = eventFiles(run + "/tensorboard");
    QCOMPARE(files.size(), std::size_t(2));
    QCOMPARE(readTensorBoardScalars(files[0]).size(), std::size_t(6 * 3 + 3 * 7));
    const auto resumed = readTensorBoardScalars(files[1]);
    QCOMPARE(resumed.size(), std::size_t(3 + 3)); // one step; one unvalidated epoch
    QCOMPARE(
        curve(resumed, "train/loss"),
        (std::vector<std::pair<std::int64_t, double>> {{2, double(float(iteration(1, 0).loss))}}));
    QCOMPARE(curve(resumed, "epoch/train_loss")[0].first, std::int64_t(2));
}

QTEST_APPLESS_MAIN(TestRunLogs)
#include "testrunlogs.moc"
