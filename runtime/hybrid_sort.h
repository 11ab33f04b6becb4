// The sort php's arrays use (zend_sort in Zend/zend_sort.c): insertion sort for up
// to 16 elements (with fixed networks for 2 to 5), otherwise a quicksort whose
// pivot is the median of 3 (or of 5 past 1024 elements), recursing into the
// smaller side. It is written again here, comparison for comparison, because the
// order of the comparisons shows: a usort() callback that prints, or one that is
// not a consistent order, gives php's output only if it is called exactly as php
// calls it. Stability comes from the comparator (ties broken by original position).
//
// `cmp(i, j)` compares the elements at positions i and j (negative, zero,
// positive); `swap(i, j)` exchanges them.
#pragma once

#include <cstddef>

namespace miniphp::runtime {

template <class Cmp, class Swap>
void sort_two(size_t a, size_t b, Cmp& cmp, Swap& swap)
{
    if (cmp(a, b) > 0)
        swap(a, b);
}

template <class Cmp, class Swap>
void sort_three(size_t a, size_t b, size_t c, Cmp& cmp, Swap& swap)
{
    if (cmp(a, b) <= 0) {
        if (cmp(b, c) <= 0)
            return;
        swap(b, c);
        if (cmp(a, b) > 0)
            swap(a, b);
        return;
    }
    if (cmp(c, b) <= 0) {
        swap(a, c);
        return;
    }
    swap(a, b);
    if (cmp(b, c) > 0)
        swap(b, c);
}

// The last of `count` positions moved down into the sorted ones before it, one
// comparison and swap at a time.
template <class Cmp, class Swap>
void sink_last(const size_t* positions, size_t count, Cmp& cmp, Swap& swap)
{
    for (size_t i = count - 1; i > 0; --i) {
        if (cmp(positions[i - 1], positions[i]) <= 0)
            return;
        swap(positions[i - 1], positions[i]);
    }
}

template <class Cmp, class Swap>
void sort_four(size_t a, size_t b, size_t c, size_t d, Cmp& cmp, Swap& swap)
{
    sort_three(a, b, c, cmp, swap);
    const size_t positions[] = {a, b, c, d};
    sink_last(positions, 4, cmp, swap);
}

template <class Cmp, class Swap>
void sort_five(size_t a, size_t b, size_t c, size_t d, size_t e, Cmp& cmp, Swap& swap)
{
    sort_four(a, b, c, d, cmp, swap);
    const size_t positions[] = {a, b, c, d, e};
    sink_last(positions, 5, cmp, swap);
}

// zend_insert_sort over positions [start, start + n).
template <class Cmp, class Swap>
void insertion_sort(size_t start, size_t n, Cmp& cmp, Swap& swap)
{
    switch (n) {
    case 0:
    case 1: return;
    case 2: sort_two(start, start + 1, cmp, swap); return;
    case 3: sort_three(start, start + 1, start + 2, cmp, swap); return;
    case 4: sort_four(start, start + 1, start + 2, start + 3, cmp, swap); return;
    case 5: sort_five(start, start + 1, start + 2, start + 3, start + 4, cmp, swap); return;
    default: break;
    }
    size_t end = start + n;
    size_t sentry = start + 6;
    // The first six by plain linear insertion...
    for (size_t i = start + 1; i < sentry; ++i) {
        size_t j = i - 1;
        if (cmp(j, i) <= 0)
            continue;
        while (j != start) {
            --j;
            if (cmp(j, i) <= 0) {
                ++j;
                break;
            }
        }
        for (size_t k = i; k > j; --k)
            swap(k, k - 1);
    }
    // ...the rest looking for the place two steps at a time.
    for (size_t i = sentry; i < end; ++i) {
        size_t j = i - 1;
        if (cmp(j, i) <= 0)
            continue;
        for (;;) {
            j -= 2;
            if (cmp(j, i) <= 0) {
                ++j;
                if (cmp(j, i) <= 0)
                    ++j;
                break;
            }
            if (j == start)
                break;
            if (j == start + 1) {
                --j;
                if (cmp(i, j) > 0)
                    ++j;
                break;
            }
        }
        for (size_t k = i; k > j; --k)
            swap(k, k - 1);
    }
}

// zend_sort over positions [start, start + n).
template <class Cmp, class Swap>
void hybrid_sort(size_t start, size_t n, Cmp& cmp, Swap& swap)
{
    for (;;) {
        if (n <= 16) {
            insertion_sort(start, n, cmp, swap);
            return;
        }
        size_t end = start + n;
        size_t half = n >> 1;
        size_t pivot = start + half;
        if ((n >> 10) != 0) {
            size_t delta = half >> 1;
            sort_five(start, start + delta, pivot, pivot + delta, end - 1, cmp, swap);
        } else {
            sort_three(start, pivot, end - 1, cmp, swap);
        }
        swap(start + 1, pivot);
        pivot = start + 1;
        size_t i = pivot + 1;
        size_t j = end - 1;
        for (;;) {
            bool met = false;
            while (cmp(pivot, i) > 0) {
                ++i;
                if (i == j) {
                    met = true;
                    break;
                }
            }
            if (met)
                break;
            --j;
            if (j == i)
                break;
            while (cmp(j, pivot) > 0) {
                --j;
                if (j == i) {
                    met = true;
                    break;
                }
            }
            if (met)
                break;
            swap(i, j);
            ++i;
            if (i == j)
                break;
        }
        swap(pivot, i - 1);
        // Recurse into the smaller side, loop on the larger.
        if ((i - 1) - start < end - i) {
            hybrid_sort(start, (i - start) - 1, cmp, swap);
            n = end - i;
            start = i;
        } else {
            hybrid_sort(i, end - i, cmp, swap);
            n = (i - start) - 1;
        }
    }
}

} // namespace miniphp::runtime
