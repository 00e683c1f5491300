#include "core/models/torchpickle.h"

#include <cstring>
#include <fstream>

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/torchunpickler.h"

namespace as {

namespace {

std::string firstLine(const std::string &text)
{
    return text.substr(0, text.find('\n'));
}

} // namespace

PickleValuePtr PickleValue::find(const std::string &key) const
{
    for (const auto &entry : entries) {
        if (entry.first->isString() && entry.first->text == key)
            return entry.second;
    }
    return nullptr;
}

std::string PickleValue::typeName() const
{
    switch (kind) {
    case Kind::None:
        return "None";
    case Kind::Bool:
        return "bool";
    case Kind::Int:
        return "int";
    case Kind::Float:
        return "float";
    case Kind::String:
        return "str";
    case Kind::Bytes:
        return "bytes";
    case Kind::List:
        return "list";
    case Kind::Tuple:
        return "tuple";
    case Kind::Dict:
        return "dict";
    case Kind::Tensor:
        return "tensor";
    case Kind::Storage:
        return "storage";
    case Kind::Global:
        return "global " + text;
    case Kind::Object:
        return text;
    }
    return "object";
}

PickleValuePtr readTorchFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("model.weights.unreadable", "Cannot open weights file " + path, path);
    unsigned char head[14] = {};
    in.read(reinterpret_cast<char *>(head), sizeof head);
    const std::streamsize got = in.gcount();
    in.close();
    if (got <= 0)
        throw Error("model.weights.unreadable", "Weights file " + path + " is empty", path);
    // Legacy torch.save (before PyTorch 1.6): a pickle starting with PROTO 2 and a LONG1 magic
    // number 0x1950a86a20f9469cfc6c.
    static const unsigned char legacy[14]
        = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19};
    if (got == sizeof head && std::memcmp(head, legacy, sizeof head) == 0)
        throw Error("model.weights.legacy",
                    "Weights file " + path
                        + " uses the legacy torch.save format of PyTorch before "
                          "1.6, which is not supported. Re-save it with a newer PyTorch: "
                          "torch.save(torch.load(\"in.pt\"), \"out.pt\").",
                    path);
    if (got < 4 || std::memcmp(head, "PK\x03\x04", 4) != 0)
        throw Error("model.weights.format",
                    "Weights file " + path
                        + " is not a PyTorch checkpoint (torch.save writes a zip "
                          "archive; this file has no zip header)",
                    path);
    try {
        caffe2::serialize::PyTorchStreamReader reader(path);
        if (!reader.hasRecord("data.pkl"))
            throw Error("model.weights.format",
                        "Weights file " + path
                            + " is a zip archive without data.pkl: not a file "
                              "written by torch.save",
                        path);
        at::DataPtr data;
        std::size_t size = 0;
        std::tie(data, size) = reader.getRecord("data.pkl");
        if (reader.hasRecord("byteorder")) {
            at::DataPtr order;
            std::size_t orderSize = 0;
            std::tie(order, orderSize) = reader.getRecord("byteorder");
            if (std::string(static_cast<const char *>(order.get()), orderSize) == "big")
                throw Error("model.weights.format",
                            "Weights file " + path
                                + " was saved on a big-endian machine, which is "
                                  "not supported",
                            path);
        }
        TorchUnpickler unpickler(path, static_cast<const char *>(data.get()), size, reader);
        return unpickler.run();
    } catch (const c10::Error &e) {
        throw Error("model.weights.format",
                    "Cannot read weights file " + path
                        + " as a torch.save archive (truncated or "
                          "corrupt?): "
                        + firstLine(e.what_without_backtrace()),
                    path);
    }
}

} // namespace as
