#include "core/models/torchunpickler.h"

#include <algorithm>
#include <cstring>

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

namespace as {

namespace {

using Kind = PickleValue::Kind;

PickleValuePtr make(Kind kind)
{
    auto value = std::make_shared<PickleValue>();
    value->kind = kind;
    return value;
}

PickleValuePtr makeString(Kind kind, std::string text)
{
    auto value = make(kind);
    value->text = std::move(text);
    return value;
}

/** Legacy storage classes of `torch.save` (still what PyTorch 2 writes) and their dtypes. */
bool storageDtype(const std::string &name, torch::ScalarType &dtype)
{
    static const std::map<std::string, torch::ScalarType> types = {
        {"torch.FloatStorage", torch::kFloat},
        {"torch.DoubleStorage", torch::kDouble},
        {"torch.HalfStorage", torch::kHalf},
        {"torch.BFloat16Storage", torch::kBFloat16},
        {"torch.LongStorage", torch::kLong},
        {"torch.IntStorage", torch::kInt},
        {"torch.ShortStorage", torch::kShort},
        {"torch.CharStorage", torch::kChar},
        {"torch.ByteStorage", torch::kByte},
        {"torch.BoolStorage", torch::kBool},
        {"torch.ComplexFloatStorage", torch::kComplexFloat},
        {"torch.ComplexDoubleStorage", torch::kComplexDouble},
    };
    const auto it = types.find(name);
    if (it == types.end())
        return false;
    dtype = it->second;
    return true;
}

} // namespace

PickleValuePtr TorchUnpickler::makeInt(const char *p, std::size_t n)
{
    if (n > 8) // Python ints beyond 64 bits are not tensor metadata: keep them opaque
        return makeString(Kind::Object, "int (more than 64 bits)");
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i)
        v |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    if (n > 0 && n < 8 && (static_cast<unsigned char>(p[n - 1]) & 0x80))
        v |= ~std::uint64_t(0) << (8 * n); // sign-extend two's complement
    auto value = make(Kind::Int);
    value->integer = static_cast<std::int64_t>(v);
    return value;
}

void TorchUnpickler::setItems(const PickleValuePtr &target, const std::vector<PickleValuePtr> &kv)
{
    if (kv.size() % 2)
        fail("SETITEMS with an odd number of items");
    for (std::size_t i = 0; i < kv.size(); i += 2) {
        bool replaced = false;
        if (kv[i]->isString()) { // a repeated key replaces the value, as in Python
            for (auto &entry : target->entries) {
                if (entry.first->isString() && entry.first->text == kv[i]->text) {
                    entry.second = kv[i + 1];
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            target->entries.emplace_back(kv[i], kv[i + 1]);
    }
}

PickleValuePtr TorchUnpickler::persistentLoad(const PickleValuePtr &pid)
{
    // torch.save: ('storage', torch.FloatStorage, key, location, numel)
    if (pid->kind != Kind::Tuple || pid->items.size() < 3 || !pid->items[0]->isString()
        || pid->items[0]->text != "storage" || !pid->items[2]->isString())
        fail("unsupported persistent id (expected ('storage', type, key, ...))");
    const PickleValue &type = *pid->items[1];
    torch::ScalarType dtype;
    if (!storageDtype(type.text, dtype))
        fail("unsupported storage type '" + type.text + "'");
    const std::string key = pid->items[2]->text;
    auto storage = make(Kind::Storage);
    const auto cached = m_storages.find(key);
    if (cached != m_storages.end()) {
        storage->tensor = cached->second;
        return storage;
    }
    const std::string record = "data/" + key;
    if (!m_reader.hasRecord(record))
        fail("the archive has no record " + record);
    at::DataPtr data;
    std::size_t size = 0;
    std::tie(data, size) = m_reader.getRecord(record);
    const std::size_t elementSize = c10::elementSize(dtype);
    if (size % elementSize)
        fail("record " + record + " has " + std::to_string(size) + " bytes, not a multiple of "
             + std::to_string(elementSize));
    // The tensor takes over the record's buffer (no copy: checkpoints can be gigabytes).
    auto owner = std::make_shared<at::DataPtr>(std::move(data));
    torch::Tensor t = size
        ? torch::from_blob(
            owner->get(), {static_cast<std::int64_t>(size / elementSize)},
            [owner](void *) mutable { owner.reset(); }, torch::TensorOptions().dtype(dtype))
        : torch::empty({0}, torch::TensorOptions().dtype(dtype));
    m_storages.emplace(key, t);
    storage->tensor = t;
    return storage;
}

PickleValuePtr TorchUnpickler::rebuildTensor(const std::vector<PickleValuePtr> &args)
{
    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, hooks[, meta])
    const auto ints = [this](const PickleValuePtr &v, const char *what) {
        std::vector<std::int64_t> out;
        if (v->kind != Kind::Tuple && v->kind != Kind::List)
            fail(std::string("tensor ") + what + " is a " + v->typeName() + ", not a tuple");
        for (const auto &item : v->items) {
            if (item->kind != Kind::Int || item->integer < 0)
                fail(std::string("tensor ") + what + " holds a " + item->typeName());
            out.push_back(item->integer);
        }
        return out;
    };
    if (args.size() < 4 || args[0]->kind != Kind::Storage || args[1]->kind != Kind::Int)
        fail("_rebuild_tensor arguments are not (storage, offset, size, stride, ...)");
    const torch::Tensor &storage = args[0]->tensor;
    const std::int64_t offset = args[1]->integer;
    const std::vector<std::int64_t> sizes = ints(args[2], "size");
    const std::vector<std::int64_t> strides = ints(args[3], "stride");
    if (sizes.size() != strides.size())
        fail("tensor size and stride have different lengths");
    std::int64_t last = offset;
    bool empty = false;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        empty = empty || sizes[i] == 0;
        last += (sizes[i] - 1) * strides[i];
    }
    if (offset < 0 || (!empty && last >= storage.numel()))
        fail("a tensor reaches beyond its storage (" + std::to_string(storage.numel())
             + " elements)");
    auto value = make(Kind::Tensor);
    value->tensor = storage.as_strided(sizes, strides, offset);
    return value;
}

PickleValuePtr TorchUnpickler::reduce(const PickleValuePtr &callable, const PickleValuePtr &args)
{
    static const std::vector<std::string> passThrough
        = {"torch._utils._rebuild_parameter",    "torch._utils._rebuild_parameter_with_state",
           "torch.jit._pickle.restore_type_tag", "torch.jit._pickle.build_intlist",
           "torch.jit._pickle.build_doublelist", "torch.jit._pickle.build_boollist",
           "torch.jit._pickle.build_tensorlist", "torch.jit._pickle.build_genericlist"};
    const std::string name = callable->kind == Kind::Global ? callable->text : std::string();
    const std::vector<PickleValuePtr> empty;
    const std::vector<PickleValuePtr> &a
        = (args->kind == Kind::Tuple || args->kind == Kind::List) ? args->items : empty;

    if (name == "collections.OrderedDict" || name == "collections.defaultdict")
        return make(Kind::Dict);
    if (name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_tensor")
        return rebuildTensor(a);
    if (!a.empty() && std::find(passThrough.begin(), passThrough.end(), name) != passThrough.end())
        return a[0];
    if (name == "torch._tensor._rebuild_from_type_v2" && a.size() >= 3) // (func, type, args, state)
        return reduce(a[0], a[2]);
    if ((name == "builtins.set" || name == "builtins.frozenset" || name == "__builtin__.set")
        && !a.empty() && a[0]->kind == Kind::List) {
        auto list = make(Kind::List);
        list->items = a[0]->items;
        return list;
    }
    auto object = makeString(Kind::Object, name.empty() ? "object" : name);
    object->items = a;
    return object;
}

PickleValuePtr TorchUnpickler::run()
{
    while (true) {
        m_opPos = m_pos;
        const auto op = static_cast<unsigned char>(*take(1));
        switch (op) {
        case 0x80: // PROTO
            take(1);
            break;
        case 0x95: // FRAME
            take(8);
            break;
        case '(': // MARK
            m_marks.push_back(m_stack.size());
            break;
        case '.': { // STOP
            PickleValuePtr result = pop();
            return result;
        }
        case '0': // POP
            pop();
            break;
        case '1': // POP_MARK
            popMark();
            break;
        case '2': // DUP
            push(top());
            break;
        case 'N':
            push(make(Kind::None));
            break;
        case 0x88: // NEWTRUE
        case 0x89: { // NEWFALSE
            auto b = make(Kind::Bool);
            b->boolean = op == 0x88;
            push(b);
            break;
        }
        case 'J': // BININT
            push(makeInt(take(4), 4));
            break;
        case 'K': // BININT1 (unsigned)
        case 'M': { // BININT2 (unsigned)
            auto value = make(Kind::Int);
            value->integer = static_cast<std::int64_t>(unsignedLe(op == 'K' ? 1 : 2));
            push(value);
            break;
        }
        case 0x8a: { // LONG1
            const std::size_t n = static_cast<std::size_t>(unsignedLe(1));
            push(makeInt(take(n), n));
            break;
        }
        case 0x8b: { // LONG4
            const std::uint64_t n = unsignedLe(4);
            push(makeInt(bytes(n).data(), static_cast<std::size_t>(n)));
            break;
        }
        case 'G': { // BINFLOAT, big-endian
            const auto *p = reinterpret_cast<const unsigned char *>(take(8));
            std::uint64_t bits = 0;
            for (int i = 0; i < 8; ++i)
                bits = (bits << 8) | p[i];
            auto f = make(Kind::Float);
            std::memcpy(&f->real, &bits, sizeof bits);
            push(f);
            break;
        }
        case 'X': // BINUNICODE
            push(makeString(Kind::String, bytes(unsignedLe(4))));
            break;
        case 0x8c: // SHORT_BINUNICODE
            push(makeString(Kind::String, bytes(unsignedLe(1))));
            break;
        case 0x8d: // BINUNICODE8
            push(makeString(Kind::String, bytes(unsignedLe(8))));
            break;
        case 'T': // BINSTRING (Python 2 str)
            push(makeString(Kind::String, bytes(unsignedLe(4))));
            break;
        case 'U': // SHORT_BINSTRING
            push(makeString(Kind::String, bytes(unsignedLe(1))));
            break;
        case 'B': // BINBYTES
            push(makeString(Kind::Bytes, bytes(unsignedLe(4))));
            break;
        case 'C': // SHORT_BINBYTES
            push(makeString(Kind::Bytes, bytes(unsignedLe(1))));
            break;
        case 0x8e: // BINBYTES8
        case 0x96: // BYTEARRAY8
            push(makeString(Kind::Bytes, bytes(unsignedLe(8))));
            break;
        case '}': // EMPTY_DICT
            push(make(Kind::Dict));
            break;
        case ']': // EMPTY_LIST
        case 0x8f: // EMPTY_SET (kept as a list)
            push(make(Kind::List));
            break;
        case ')': // EMPTY_TUPLE
            push(make(Kind::Tuple));
            break;
        case 0x85: // TUPLE1
        case 0x86: // TUPLE2
        case 0x87: { // TUPLE3
            std::vector<PickleValuePtr> items(op - 0x84);
            for (auto it = items.rbegin(); it != items.rend(); ++it)
                *it = pop();
            push(tuple(std::move(items)));
            break;
        }
        case 't': // TUPLE
            push(tuple(popMark()));
            break;
        case 0x91: { // FROZENSET
            auto list = make(Kind::List);
            list->items = popMark();
            push(list);
            break;
        }
        case 'l': { // LIST
            auto list = make(Kind::List);
            list->items = popMark();
            push(list);
            break;
        }
        case 'd': { // DICT
            auto dict = make(Kind::Dict);
            setItems(dict, popMark());
            push(dict);
            break;
        }
        case 'a': { // APPEND
            PickleValuePtr item = pop();
            top()->items.push_back(std::move(item));
            break;
        }
        case 'e': // APPENDS
        case 0x90: { // ADDITEMS
            std::vector<PickleValuePtr> items = popMark();
            auto &target = top()->items;
            target.insert(target.end(), items.begin(), items.end());
            break;
        }
        case 's': { // SETITEM
            PickleValuePtr value = pop();
            PickleValuePtr key = pop();
            setItems(top(), {key, value});
            break;
        }
        case 'u': { // SETITEMS
            std::vector<PickleValuePtr> kv = popMark();
            setItems(top(), kv);
            break;
        }
        case 'q': // BINPUT
            m_memo[unsignedLe(1)] = top();
            break;
        case 'r': // LONG_BINPUT
            m_memo[unsignedLe(4)] = top();
            break;
        case 0x94: // MEMOIZE
            m_memo[m_memo.size()] = top();
            break;
        case 'p': // PUT (text)
            m_memo[textIndex()] = top();
            break;
        case 'h': // BINGET
            push(memoGet(unsignedLe(1)));
            break;
        case 'j': // LONG_BINGET
            push(memoGet(unsignedLe(4)));
            break;
        case 'g': // GET (text)
            push(memoGet(textIndex()));
            break;
        case 'c': { // GLOBAL
            const std::string module = line();
            push(makeString(Kind::Global, module + "." + line()));
            break;
        }
        case 0x93: { // STACK_GLOBAL
            PickleValuePtr name = pop();
            PickleValuePtr module = pop();
            push(makeString(Kind::Global, module->text + "." + name->text));
            break;
        }
        case 'R': { // REDUCE
            PickleValuePtr args = pop();
            PickleValuePtr callable = pop();
            push(reduce(callable, args));
            break;
        }
        case 0x81: { // NEWOBJ
            PickleValuePtr args = pop();
            PickleValuePtr cls = pop();
            auto object = makeString(Kind::Object, cls->text);
            object->items = args->items;
            push(object);
            break;
        }
        case 0x92: { // NEWOBJ_EX
            pop(); // kwargs
            PickleValuePtr args = pop();
            PickleValuePtr cls = pop();
            auto object = makeString(Kind::Object, cls->text);
            object->items = args->items;
            push(object);
            break;
        }
        case 'b': { // BUILD: only opaque objects keep their state (an OrderedDict's _metadata
                    // and a Parameter's extra state are not needed)
            PickleValuePtr state = pop();
            if (top()->kind == Kind::Object)
                top()->state = std::move(state);
            break;
        }
        case 'Q': // BINPERSID
            push(persistentLoad(pop()));
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            fail(std::string("unsupported pickle opcode 0x") + hex[op >> 4] + hex[op & 15]);
        }
        }
    }
}

} // namespace as
