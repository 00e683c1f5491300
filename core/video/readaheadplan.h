#pragma once

#include <functional>

namespace as {

/**
 * Which frames a player's decode worker reads next, given the frame the user wants and what is
 * already decoded. The ui's FrameDecoder runs it, and so does the seek benchmark, so that the
 * benchmark measures the player's real policy rather than a copy of it that drifts.
 *
 * The policy: decode the wanted frame and up to kAheadFrames after it (stepping forward and
 * playback then find their frame decoded); when the wanted frame itself is missing (a scrub or
 * a jump), also decode up to kBehindFrames before it, because the decoder has to seek to a key
 * frame and decode forward anyway, so those frames cost one colour conversion each instead of
 * a second seek when the user then steps back. When the frame after the wanted one is decoded
 * (the user is stepping back past what is decoded), read kBehindSteppingBack frames behind:
 * each seek costs hundreds of milliseconds on a long GOP, a conversion a few.
 */
struct ReadAheadPlan
{
    /** Frames decoded past the one wanted, so playback and stepping rarely wait. */
    static constexpr int kAheadFrames = 8;
    /** Frames decoded before a frame jumped to, so the first steps back are instant. */
    static constexpr int kBehindFrames = 4;
    /** Frames decoded before the wanted one when stepping back reaches an undecoded frame. */
    static constexpr int kBehindSteppingBack = 16;
    /** Frames a player keeps decoded around the current one (evicting the farthest)... */
    static constexpr int kCachedFrames = 48;
    /** ...unless they take more than this many bytes (1080p RGB32: 32 frames). */
    static constexpr long long kCacheBytes = 256LL * 1024 * 1024;
    /** A forward gap up to this is decoded through rather than seeked (FrameSequence's rule). */
    static constexpr int kMaxDecodeThrough = 48;

    int first = -1; // first missing frame at or after the wanted one
    int end = -1; // one past the last frame to decode: [first, end) are all missing
    int behindFrom = -1; // <= first: where to start instead when reaching `first` needs a seek

    bool isEmpty() const { return first >= end; }

    /**
     * The plan for `wanted` in a video of `frameCount` frames; `isCached(i)` says whether frame
     * i is decoded already. Empty when there is nothing to do.
     */
    static ReadAheadPlan make(int wanted, int frameCount, const std::function<bool(int)> &isCached);

    /**
     * How many frames of `frameBytes` each the cache keeps: kCachedFrames within kCacheBytes,
     * but never fewer than one read-ahead plus one read behind while stepping back.
     */
    static int cacheCapacity(long long frameBytes);

    /**
     * Where the worker starts decoding, given the index its FrameSequence decodes next
     * (`sequenceNext`): at `first` when it is next anyway, from `behindFrom` when the sequence
     * must seek, and never before `sequenceNext` when a short forward gap is decoded through.
     */
    int startFor(int sequenceNext) const;
};

} // namespace as
