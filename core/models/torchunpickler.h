#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/common/error.h"
#include "core/models/torchpickle.h"

namespace caffe2::serialize {
class PyTorchStreamReader;
}

namespace as {

/**
 * A pickle virtual machine for the `data.pkl` of a `torch.save` archive: a stack, a mark stack
 * and a memo. Lists and dicts are shared pointers, so an APPENDS or SETITEMS after a BINPUT
 * changes the memoised object too, as in Python. Hand-written because LibTorch 1.13's unpickler
 * turns `collections.OrderedDict` into None (pytorch/pytorch#100741). Storages are read from
 * the archive's `data/<key>` records; unknown globals become opaque `Object`s. Errors name the
 * file and the byte offset of the opcode in data.pkl. Used through `readTorchFile`.
 */
class TorchUnpickler final
{
public:
    TorchUnpickler(std::string path, const char *data, std::size_t size,
                   caffe2::serialize::PyTorchStreamReader &reader)
        : m_path(std::move(path))
        , m_data(data)
        , m_size(size)
        , m_reader(reader)
    {
    }

    PickleValuePtr run();

private:
    [[noreturn]] void fail(const std::string &what) const
    {
        throw Error("model.weights.format",
                    "Cannot read " + m_path + ": data.pkl byte " + std::to_string(m_opPos) + ": "
                        + what,
                    m_path);
    }

    const char *take(std::size_t n)
    {
        if (n > m_size - m_pos)
            fail("the pickle is truncated (" + std::to_string(n) + " bytes needed, "
                 + std::to_string(m_size - m_pos) + " left)");
        const char *p = m_data + m_pos;
        m_pos += n;
        return p;
    }
    std::uint64_t unsignedLe(std::size_t n)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(take(n));
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < n; ++i)
            v |= std::uint64_t(p[i]) << (8 * i);
        return v;
    }
    std::string bytes(std::uint64_t n)
    {
        const char *p = take(static_cast<std::size_t>(n));
        return std::string(p, static_cast<std::size_t>(n));
    }
    std::string line()
    {
        const void *end = std::memchr(m_data + m_pos, '\n', m_size - m_pos);
        if (!end)
            fail("the pickle is truncated (no end of line)");
        const std::size_t n = static_cast<const char *>(end) - (m_data + m_pos);
        std::string s(m_data + m_pos, n);
        m_pos += n + 1;
        return s;
    }

    std::uint64_t textIndex()
    {
        const std::string text = line();
        if (text.empty() || text.size() > 18
            || text.find_first_not_of("0123456789") != std::string::npos)
            fail("bad memo index '" + text + "'");
        return std::stoull(text);
    }

    void push(PickleValuePtr v) { m_stack.push_back(std::move(v)); }
    PickleValuePtr pop()
    {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
            fail("stack underflow");
        PickleValuePtr v = std::move(m_stack.back());
        m_stack.pop_back();
        return v;
    }
    PickleValuePtr &top()
    {
        if (m_stack.empty())
            fail("stack underflow");
        return m_stack.back();
    }
    std::vector<PickleValuePtr> popMark()
    {
        if (m_marks.empty())
            fail("no MARK on the stack");
        const std::size_t mark = m_marks.back();
        m_marks.pop_back();
        std::vector<PickleValuePtr> items(m_stack.begin() + static_cast<std::ptrdiff_t>(mark),
                                          m_stack.end());
        m_stack.resize(mark);
        return items;
    }
    PickleValuePtr memoGet(std::uint64_t index)
    {
        const auto it = m_memo.find(index);
        if (it == m_memo.end())
            fail("memo entry " + std::to_string(index) + " is not defined");
        return it->second;
    }
    PickleValuePtr makeInt(const char *p, std::size_t n);
    PickleValuePtr tuple(std::vector<PickleValuePtr> items)
    {
        auto t = std::make_shared<PickleValue>();
        t->kind = PickleValue::Kind::Tuple;
        t->items = std::move(items);
        return t;
    }
    void setItems(const PickleValuePtr &target, const std::vector<PickleValuePtr> &kv);
    PickleValuePtr reduce(const PickleValuePtr &callable, const PickleValuePtr &args);
    PickleValuePtr rebuildTensor(const std::vector<PickleValuePtr> &args);
    PickleValuePtr persistentLoad(const PickleValuePtr &pid);

    std::string m_path;
    const char *m_data;
    std::size_t m_size;
    caffe2::serialize::PyTorchStreamReader &m_reader;
    std::size_t m_pos = 0;
    std::size_t m_opPos = 0;
    std::vector<PickleValuePtr> m_stack;
    std::vector<std::size_t> m_marks;
    std::unordered_map<std::uint64_t, PickleValuePtr> m_memo;
    std::map<std::string, torch::Tensor> m_storages; // record key → storage
};

} // namespace as
