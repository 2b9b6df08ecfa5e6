using System.IO.MemoryMappedFiles;
using System.Numerics;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;

namespace LivePeak.Benchmarks;

/// <summary>
/// Question: what does getting the file's bytes to the parser cost, copied by the kernel into a
/// 4 MB read buffer per worker (what the fast path does) or mapped into memory (which the issue
/// allows)? Both count line feeds, the least any reader does with the bytes, over the file split
/// in equal parts between the threads; the difference between the two rows is what mapping
/// could save the fast path. (The fast path keeps reading: a mapped file that another program
/// truncates while it is read kills the process with SIGBUS, where a read just comes back short.)
/// </summary>
[Config(typeof(ThroughputConfig))]
public class FileAccessBenchmarks
{
    private const int ReadBufferBytes = 4 << 20;
    private string _path = string.Empty;
    private long _length;

    [Params(10_000_000)]
    public int Rows { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkFiles.EnsureCanonical(Rows);
        using (var handle = File.OpenHandle(_path))
        {
            _length = RandomAccess.GetLength(handle);
        }

        if (ReadIntoBuffer() != MapFile())
        {
            throw new InvalidOperationException("reading and mapping the file count different line feeds");
        }
    }

    [Benchmark(Baseline = true, Description = "Read into a buffer per worker")]
    public long ReadIntoBuffer()
    {
        using var handle = File.OpenHandle(_path);
        return SumOverParts(part =>
        {
            var buffer = new byte[ReadBufferBytes];
            long lineFeeds = 0;
            for (var at = part.Start; at < part.End;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, part.End - at)), at);
                lineFeeds += CountLineFeeds(buffer.AsSpan(0, read));
                at += read;
            }

            return lineFeeds;
        });
    }

    [Benchmark(Description = "Map the file")]
    public unsafe long MapFile()
    {
        using var map = MemoryMappedFile.CreateFromFile(_path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        try
        {
            var first = (nint)pointer;
            return SumOverParts(part =>
            {
                long lineFeeds = 0;
                for (var at = part.Start; at < part.End;)
                {
                    // A span holds at most 2 GB; a larger file is taken a gigabyte at a time.
                    var length = (int)Math.Min(1 << 30, part.End - at);
                    lineFeeds += CountLineFeeds(new ReadOnlySpan<byte>((byte*)first + at, length));
                    at += length;
                }

                return lineFeeds;
            });
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    private long SumOverParts(Func<(long Start, long End), long> count)
    {
        var part = _length / Threads;
        var tasks = Enumerable.Range(0, Threads)
            .Select(t => (Start: t * part, End: t == Threads - 1 ? _length : (t + 1) * part))
            .Select(p => Task.Factory.StartNew(() => count(p), TaskCreationOptions.LongRunning))
            .ToArray();
        return tasks.Sum(t => t.Result);
    }

    private static long CountLineFeeds(ReadOnlySpan<byte> bytes)
    {
        var lineFeed = Vector256.Create((byte)'\n');
        long count = 0;
        var i = 0;
        for (; i + Vector256<byte>.Count <= bytes.Length; i += Vector256<byte>.Count)
        {
            count += BitOperations.PopCount(Vector256.Equals(Vector256.Create(bytes.Slice(i, Vector256<byte>.Count)), lineFeed).ExtractMostSignificantBits());
        }

        return count + bytes[i..].Count((byte)'\n');
    }
}
