using Spotlight.Cli.Batch;

namespace Spotlight.Tests.Cli.Batch;

public sealed class OrderedPipelineTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    [TestCase(8)]
    public void Results_come_in_input_order_whatever_the_timing(int jobs)
    {
        var random = new Random(42);
        var delays = Enumerable.Range(0, 60).Select(_ => random.Next(0, 8)).ToArray();
        var results = OrderedPipeline.Run(Enumerable.Range(0, 60), i => { Thread.Sleep(delays[i]); return i * 10; }, jobs).ToList();
        Assert.That(results, Is.EqualTo(Enumerable.Range(0, 60).Select(i => i * 10)));
    }

    [Test]
    public void No_more_than_jobs_run_at_once()
    {
        int running = 0, most = 0;
        var results = OrderedPipeline.Run(Enumerable.Range(0, 40), i =>
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return i;
        }, jobs: 3).ToList();
        Assert.That(results, Has.Count.EqualTo(40));
        Assert.That(most, Is.InRange(1, 3));
    }

    [Test]
    public void Inputs_are_taken_as_results_are_consumed_not_all_at_once()
    {
        int taken = 0;
        IEnumerable<int> Endless()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref taken);
                yield return i;
            }
        }
        var first = OrderedPipeline.Run(Endless(), i => i, jobs: 4).Take(10).ToList();
        Assert.That(first, Is.EqualTo(Enumerable.Range(0, 10)));
        Assert.That(taken, Is.LessThanOrEqualTo(10 + OrderedPipeline.WindowPerJob * 4), "at most a window of inputs ahead of the consumer");
    }

    [TestCase(2)]
    [TestCase(8)]
    public void One_input_is_worked_on_by_the_calling_thread(int jobs)
    {
        // A run of one report starts no worker threads: they would cost more than they could save.
        int caller = Environment.CurrentManagedThreadId;
        var threads = OrderedPipeline.Run(new[] { 0 }, _ => Environment.CurrentManagedThreadId, jobs).ToList();
        Assert.That(threads, Is.EqualTo(new[] { caller }));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
