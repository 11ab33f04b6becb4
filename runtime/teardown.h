// Teardown: frees arrays and objects whose count reached zero without recursing on
// the C stack, so that a million-element nested array or a million-object linked
// list is freed like a small one (php itself recurses, and crashes near 100,000).
//
// Freeing a value releases what it holds, which may free more values. Those are
// freed by nested calls up to a fixed depth; below that, each value being freed gets
// a frame on one stack (its position in its elements or properties) and the
// deepest free works through the frames, always on the top one, so values are
// released and freed in exactly the order unbounded recursion would give.
//
// User code run in the middle (a destructor of an object reaching zero) must see
// everything it frees freed at once, as in php: suspended() runs it with a fresh,
// empty stack, and the interrupted teardown continues afterwards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace miniphp::runtime {

class Array;
struct Object;
class Value;

class Teardown {
public:
    // Frees an array whose count is zero: its elements, its data, the array.
    static void destroy_array(Array* array);
    // Releases the elements and data of a garbage array, now; the collector frees
    // the array itself later.
    static void destroy_array_contents(Array* array);
    // Frees the storage of an object whose count is zero and whose destructor has
    // run (zend_object_std_dtor, then the memory and the handle).
    static void free_object(Object* object);
    // What free_object does before freeing the memory and the handle, now: for a
    // garbage object the collector destroys.
    static void release_object_contents(Object* object);

    // Runs `user_code` with the teardown in progress (if any) set aside.
    template <class F>
    static void suspended(F&& user_code)
    {
        if (!in_progress()) {
            std::forward<F>(user_code)();
            return;
        }
        Saved saved = suspend();
        std::forward<F>(user_code)();
        resume(saved);
    }

private:
    enum class Kind : unsigned char { Array, ArrayContents, Object, ObjectContents };
    struct Frame {
        void* target;
        unsigned pos;
        Kind kind;
    };
    struct Saved {
        std::vector<Frame> frames;
        uint32_t depth;
    };
    // Nested frees recurse on the C stack up to this depth, which costs nothing
    // extra; deeper ones become frames, worked through by the free at the deepest
    // level.
    static constexpr uint32_t kMaxDepth = 200;

    struct State {
        std::vector<Frame> frames;
        uint32_t depth = 0; // frees in progress on the C stack
    };
    static State* const s_state;

    static State& state() { return *s_state; }
    // User code must see what it frees freed before it goes on: it can call
    // free_now directly unless frames are waiting or the depth is used up.
    static bool in_progress() { return !s_state->frames.empty() || s_state->depth >= kMaxDepth; }

    static void start(Frame frame);
    static void run_now(Frame frame);
    static void free_now(Frame frame);
    static void run();
    static void finish(const Frame& frame);
    static bool step_array(size_t index);
    static bool step_object(size_t index);
    static bool push_if_dying(Value& slot);
    static void begin_object(Object* object, Kind kind);
    static void end_object(Object* object);
    static void finish_object(Object* object);
    static Saved suspend();
    static void resume(Saved& saved);
};

// Never destroyed: values may be freed while static objects are torn down.
inline Teardown::State* const Teardown::s_state = new Teardown::State();

} // namespace miniphp::runtime
