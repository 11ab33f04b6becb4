#include "cli/large_stack.h"

#include <pthread.h>

namespace miniphp::cli {

namespace {

struct Job {
    const std::function<int()>* body;
    int result;
};

void* run_job(void* argument)
{
    auto* job = static_cast<Job*>(argument);
    job->result = (*job->body)();
    return nullptr;
}

} // namespace

int run_with_stack(size_t stack_size, const std::function<int()>& body)
{
    Job job{&body, 0};
    pthread_attr_t attributes;
    pthread_t thread;
    if (pthread_attr_init(&attributes) != 0)
        return body();
    bool started = pthread_attr_setstacksize(&attributes, stack_size) == 0 &&
                   pthread_create(&thread, &attributes, run_job, &job) == 0;
    pthread_attr_destroy(&attributes);
    if (!started)
        return body();
    pthread_join(thread, nullptr);
    return job.result;
}

} // namespace miniphp::cli
