using System.Buffers.Text;
using System.Text;
using NodaTime;

namespace LivePeak.Analytics.Generate;

/// <summary>
/// Streams a large canonical order log (100 million rows and more) as fast as the disk takes it:
/// rows like <c>100000001,2025-01-01 00:00:11,S0390,P03683,4,1344000</c>, formatted straight into
/// a byte buffer. Orders of 1-5 lines share a time and a shop; order times follow the daily rhythm
/// (peaks near 10:00-12:00 and 20:00-22:00). Deterministic for a seed, on any machine.
/// </summary>
public static class CanonicalStream
{
    public const string Header = "order_id,created_at,shop,product_id,quantity,amount\n";

    // Relative order intensity by hour of day: quiet nights, late-morning and evening peaks.
    private static readonly double[] HourWeight =
        [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.2, 2.2, 2.4, 1.6, 1.2, 1.0, 1.0, 1.1, 1.3, 1.6, 2.0, 2.8, 3.0, 1.8, 0.8];

    public static string FileName(long rows) => $"canonical-orders-{rows}.csv";

    /// <summary>Writes the log into a folder and returns its path.</summary>
    public static string WriteFile(string folder, long rows, int seed, int shops = 500, int products = 5000)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(rows));
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        Write(file, rows, seed, shops, products, new LocalDate(2025, 1, 1));
        return path;
    }

    public static void Write(Stream output, long rows, int seed, int shops, int products, LocalDate start)
    {
        var buffer = new byte[1 << 20];
        var used = Encoding.ASCII.GetBytes(Header, buffer);
        var random = new XorShift((ulong)seed * 0x9E3779B97F4A7C15UL + 1);
        var date = start;
        Span<byte> datePrefix = stackalloc byte[11];
        WriteDate(datePrefix, date);
        var secondOfDay = 0;
        var order = 100_000_000L;
        long written = 0;
        while (written < rows)
        {
            // The next order: a gap that shrinks where the hour is busy.
            var hour = secondOfDay / 3600;
            secondOfDay += 1 + (int)(random.Next(40) / HourWeight[hour] / 2);
            while (secondOfDay >= 86_400)
            {
                secondOfDay -= 86_400;
                date = date.PlusDays(1);
                WriteDate(datePrefix, date);
            }

            order++;
            var shop = (int)random.Next((ulong)shops);
            var lines = 1 + (int)random.Next(5);
            for (var l = 0; l < lines && written < rows; l++, written++)
            {
                if (used > buffer.Length - 128)
                {
                    output.Write(buffer, 0, used);
                    used = 0;
                }

                var span = buffer.AsSpan(used);
                var p = 0;
                Utf8Formatter.TryFormat(order, span, out var n);
                p += n;
                span[p++] = (byte)',';
                datePrefix.CopyTo(span[p..]);
                p += 11;
                Two(span[p..], secondOfDay / 3600);
                span[p + 2] = (byte)':';
                Two(span[(p + 3)..], secondOfDay / 60 % 60);
                span[p + 5] = (byte)':';
                Two(span[(p + 6)..], secondOfDay % 60);
                p += 8;
                span[p++] = (byte)',';
                span[p++] = (byte)'S';
                Digits(span[p..], shop, 4);
                p += 4;
                span[p++] = (byte)',';
                span[p++] = (byte)'P';
                Digits(span[p..], (int)random.Next((ulong)products), 5);
                p += 5;
                span[p++] = (byte)',';
                var quantity = 1 + (int)random.Next(4);
                span[p++] = (byte)('0' + quantity);
                span[p++] = (byte)',';
                Utf8Formatter.TryFormat(quantity * (20 + (long)random.Next(480)) * 1_000, span[p..], out n);
                p += n;
                span[p++] = (byte)'\n';
                used += p;
            }
        }

        output.Write(buffer, 0, used);
    }

    private static void WriteDate(Span<byte> target, LocalDate date)
    {
        Digits(target, date.Year, 4);
        target[4] = (byte)'-';
        Two(target[5..], date.Month);
        target[7] = (byte)'-';
        Two(target[8..], date.Day);
        target[10] = (byte)' ';
    }

    private static void Two(Span<byte> target, int value)
    {
        target[0] = (byte)('0' + value / 10);
        target[1] = (byte)('0' + value % 10);
    }

    private static void Digits(Span<byte> target, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }

    /// <summary>xorshift64*: fast, and the same sequence on every machine and runtime.</summary>
    private struct XorShift(ulong state)
    {
        private ulong _state = state == 0 ? 1 : state;

        public ulong Next(ulong bound)
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return (_state * 2685821657736338717UL) % bound;
        }
    }
}
