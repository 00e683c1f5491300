#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <torch/types.h>

namespace as {

struct PickleValue;
using PickleValuePtr = std::shared_ptr<PickleValue>;

/**
 * One object of an unpickled `torch.save` file. Python objects the reader does not know (an
 * optimiser class, an argparse Namespace, numpy scalars) become `Object`s holding their class
 * name, constructor arguments and state, so they never stop a load.
 */
struct PickleValue
{
    enum class Kind
    {
        None,
        Bool,
        Int,
        Float,
        String,
        Bytes,
        List,
        Tuple,
        Dict,
        Tensor,
        Storage,
        Global,
        Object
    };

    Kind kind = Kind::None;
    bool boolean = false;
    std::int64_t integer = 0;
    double real = 0.0;
    std::string text; // String, Bytes; "module.name" of a Global or Object
    std::vector<PickleValuePtr> items; // List, Tuple; an Object's constructor arguments
    std::vector<std::pair<PickleValuePtr, PickleValuePtr>> entries; // Dict, in insertion order
    PickleValuePtr state; // an Object's BUILD state
    torch::Tensor tensor; // Tensor; Storage (1-D, the whole storage)

    bool isDict() const { return kind == Kind::Dict; }
    bool isString() const { return kind == Kind::String; }
    bool isTensor() const { return kind == Kind::Tensor; }
    /** The value of a string key of a Dict, or nullptr. */
    PickleValuePtr find(const std::string &key) const;
    /** A short name of the type for messages: "dict", "tensor", "collections.Counter" ... */
    std::string typeName() const;
};

/**
 * Reads a file written by Python's `torch.save` (the zip format, PyTorch 1.6 and later) or by
 * `writeTorchStateDict`, and returns the unpickled object with its tensors loaded (CPU,
 * little-endian).
 *
 * The records come from LibTorch's zip reader; the pickle (`data.pkl`) is read by our own
 * small unpickler, because LibTorch 1.13's unpickler turns `collections.OrderedDict` (what
 * `model.state_dict()` is) into None (pytorch/pytorch#100741, fixed only in later releases).
 * It covers the opcodes of protocols 2 to 5 that state dicts and training checkpoints use.
 *
 * Throws `Error` naming the file: missing or unreadable, not a zip (a legacy pre-1.6 file is
 * named as such), truncated, or an unknown opcode (with its byte offset in data.pkl).
 */
PickleValuePtr readTorchFile(const std::string &path);

} // namespace as
