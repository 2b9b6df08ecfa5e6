using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// Small files are read ahead, several at a time, but the run takes them (and their errors) in
/// file order; large files are left to the run, to be read in turn.
/// </summary>
[TestFixture]
public sealed class FileReadAheadTests
{
    [Test]
    public void Small_files_are_read_ahead_and_large_ones_are_left_to_the_run()
    {
        var read = new List<string>();
        using var ahead = new FileReadAhead(["a", "big", "c"], [10, 100, 10], new CubeRunOptions { Threads = 2, ReadBesideOthersBelowBytes = 50 },
            path =>
            {
                lock (read)
                {
                    read.Add(path);
                }

                return null;
            });

        Assert.That(ahead.TryTake(0, out _), Is.True);
        Assert.That(ahead.TryTake(1, out _), Is.False, "the run reads the large file itself, with every thread");
        Assert.That(ahead.TryTake(2, out _), Is.True);
        Assert.That(read, Is.EquivalentTo(new[] { "a", "c" }));
    }

    [Test]
    public void With_one_thread_nothing_is_read_ahead()
    {
        var reads = 0;
        using var ahead = new FileReadAhead(["a", "b"], [10, 10], new CubeRunOptions { Threads = 1 }, _ => { Interlocked.Increment(ref reads); return null; });

        Assert.That(ahead.TryTake(0, out _), Is.False);
        Assert.That(ahead.TryTake(1, out _), Is.False);
        Assert.That(reads, Is.Zero);
    }

    [Test]
    public void An_error_comes_in_its_files_turn_and_reads_the_run_never_took_are_waited_for()
    {
        using var secondFailed = new ManualResetEventSlim();
        var finished = 0;
        FastFileRead? Read(string path)
        {
            try
            {
                switch (path)
                {
                    case "first":
                        // Still reading when the next file has already failed.
                        secondFailed.Wait(TimeSpan.FromSeconds(10));
                        return null;
                    case "second":
                        secondFailed.Set();
                        throw new IOException("disk error");
                    case "third":
                        throw new IOException("another disk error");
                    default:
                        Thread.Sleep(50);
                        return null;
                }
            }
            finally
            {
                Interlocked.Increment(ref finished);
            }
        }

        var ahead = new FileReadAhead(["first", "second", "third", "fourth"], [1, 1, 1, 1], new CubeRunOptions { Threads = 3 }, Read);

        Assert.That(ahead.TryTake(0, out var first), Is.True);
        Assert.That(first, Is.Null, "the first file's own result, though the second failed before it ended");
        Assert.That(() => ahead.TryTake(1, out _), Throws.InstanceOf<UserInputException>().With.Message.Contains("second"),
            "the second file's error, as a user error naming it");
        Assert.That(ahead.Dispose, Throws.Nothing, "the third file's error is not the run's: the run stopped at the second");
        Assert.That(finished, Is.EqualTo(4), "every read started was waited for");
    }
}
