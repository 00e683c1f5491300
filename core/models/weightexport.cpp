#include "core/models/weightexport.h"

#include <map>

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/fileutil.h"

namespace as {

namespace {

/** The legacy storage class that torch.save names for each dtype. */
const char *storageClass(torch::ScalarType dtype)
{
    static const std::map<torch::ScalarType, const char *> names = {
        {torch::kFloat, "FloatStorage"}, {torch::kDouble, "DoubleStorage"},
        {torch::kHalf, "HalfStorage"},   {torch::kBFloat16, "BFloat16Storage"},
        {torch::kLong, "LongStorage"},   {torch::kInt, "IntStorage"},
        {torch::kShort, "ShortStorage"}, {torch::kChar, "CharStorage"},
        {torch::kByte, "ByteStorage"},   {torch::kBool, "BoolStorage"},
    };
    const auto it = names.find(dtype);
    return it == names.end() ? nullptr : it->second;
}

/** Emits the few pickle (protocol 2) opcodes that a state dict needs. */
class PickleWriter
{
public:
    void op(char code) { m_out.push_back(code); }
    void proto() { m_out += "\x80\x02"; }
    void integer(std::int64_t v)
    {
        if (v >= 0 && v < 256) {
            op('K'); // BININT1
            m_out.push_back(static_cast<char>(v));
        } else if (v >= INT32_MIN && v <= INT32_MAX) {
            op('J'); // BININT
            littleEndian(static_cast<std::uint64_t>(v), 4);
        } else {
            m_out += "\x8a\x08"; // LONG1, 8 bytes two's complement
            littleEndian(static_cast<std::uint64_t>(v), 8);
        }
    }
    void string(const std::string &s)
    {
        op('X'); // BINUNICODE
        littleEndian(s.size(), 4);
        m_out += s;
    }
    void global(const std::string &module, const std::string &name)
    {
        op('c');
        m_out += module + "\n" + name + "\n";
    }
    const std::string &data() const { return m_out; }

private:
    void littleEndian(std::uint64_t v, int bytes)
    {
        for (int i = 0; i < bytes; ++i)
            m_out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    }
    std::string m_out;
};

} // namespace

void writeTorchStateDict(const StateDict &dict, const std::string &path)
{
    std::vector<torch::Tensor> storages;
    PickleWriter p;
    p.proto();
    p.op('}'); // EMPTY_DICT
    p.op('('); // MARK
    for (const auto &[key, tensor] : dict) {
        if (!tensor.defined())
            throw Error("model.weights.write", "Cannot export " + key + ": undefined tensor", path);
        const char *storage = storageClass(tensor.scalar_type());
        if (!storage)
            throw Error("model.weights.write",
                        "Cannot export " + key + ": unsupported dtype "
                            + std::string(c10::toString(tensor.scalar_type())),
                        path);
        // One compact storage per tensor, so that no view drags a larger storage along.
        const torch::Tensor compact
            = tensor.detach().to(torch::kCPU).clone(at::MemoryFormat::Contiguous);
        const std::string id = std::to_string(storages.size());
        storages.push_back(compact);

        p.string(key);
        p.global("torch._utils", "_rebuild_tensor_v2");
        p.op('('); // args
        p.op('('); // persistent id ('storage', type, key, location, numel)
        p.string("storage");
        p.global("torch", storage);
        p.string(id);
        p.string("cpu");
        p.integer(compact.numel());
        p.op('t'); // TUPLE
        p.op('Q'); // BINPERSID
        p.integer(0); // storage offset
        p.op('(');
        for (const std::int64_t size : compact.sizes())
            p.integer(size);
        p.op('t');
        p.op('(');
        for (const std::int64_t stride : compact.strides())
            p.integer(stride);
        p.op('t');
        p.op('\x89'); // NEWFALSE: requires_grad
        p.global("collections", "OrderedDict"); // backward hooks: OrderedDict()
        p.op(')');
        p.op('R');
        p.op('t'); // the args tuple
        p.op('R'); // REDUCE: _rebuild_tensor_v2(*args)
    }
    p.op('u'); // SETITEMS
    p.op('.'); // STOP

    std::string zip;
    try {
        caffe2::serialize::PyTorchStreamWriter writer([&zip](const void *data, std::size_t size) {
            zip.append(static_cast<const char *>(data), size);
            return size;
        });
        writer.writeRecord("data.pkl", p.data().data(), p.data().size());
        for (std::size_t i = 0; i < storages.size(); ++i)
            writer.writeRecord("data/" + std::to_string(i), storages[i].data_ptr(),
                               storages[i].nbytes());
        writer.writeEndOfFile();
    } catch (const c10::Error &e) {
        throw Error("model.weights.write",
                    "Cannot write weights file " + path + ": " + e.what_without_backtrace(), path);
    }
    writeFileAtomically(path, zip);
}

ModelCard exportModelWeights(const torch::nn::Module &model, const std::string &path,
                             ModelCard card)
{
    const StateDict dict = moduleStateDict(model);
    writeTorchStateDict(dict, path);
    card.keyCount = static_cast<int>(dict.size());
    writeModelCard(card, path + ".json");
    return card;
}

} // namespace as
