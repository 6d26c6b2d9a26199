namespace Spotlight.Cli.Batch;

/// <summary>
/// Runs work over inputs on several threads and hands the results back in input order, keeping only a
/// small window of results in memory however many inputs there are.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// Inputs in flight per worker: eight times as many as there are workers, so that a slow input at the
    /// head of the queue does not leave the others idle; what waits is small (a tree, or its rendered bytes).
    /// </summary>
    public const int WindowPerJob = 8;

    public static IEnumerable<TResult> Run<TInput, TResult>(IEnumerable<TInput> inputs, Func<TInput, TResult> work, int jobs)
    {
        // One input has nothing to run beside it: it is worked on here, without starting the thread pool's
        // threads for it (a single report's whole run is a few milliseconds).
        if (jobs <= 1 || inputs is IReadOnlyCollection<TInput> { Count: <= 1 })
        {
            foreach (var input in inputs)
                yield return work(input);
            yield break;
        }

        int window = jobs * WindowPerJob;
        using var workers = new SemaphoreSlim(jobs);
        var pending = new Queue<Task<TResult>>(window);
        foreach (var input in inputs)
        {
            if (pending.Count == window)
                yield return pending.Dequeue().GetAwaiter().GetResult();
            pending.Enqueue(Task.Run(async () =>
            {
                await workers.WaitAsync().ConfigureAwait(false);
                try
                {
                    return work(input);
                }
                finally
                {
                    workers.Release();
                }
            }));
        }
        while (pending.Count > 0)
            yield return pending.Dequeue().GetAwaiter().GetResult();
    }
}
