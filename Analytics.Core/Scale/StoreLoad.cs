using System.Globalization;
using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// One load into the store, fed like a cube builder: every LIVE session first, then order lines
/// (the import stage's order). Lines are streamed in batches of TabSeparated rows; nothing of a
/// buyer exists to send, since <see cref="OrderLine"/> holds none.
/// <para>
/// Attribution is decided here, over every LIVE in the store plus this load's. When this load adds
/// or changes LIVEs, the stored lines of earlier loads inside those LIVEs' windows are read back,
/// attributed again and rewritten when their LIVE changed, so the order in which exports are
/// loaded does not matter. Re-loading an export rewrites identical rows under a newer version,
/// which <c>FINAL</c> counts once.
/// </para>
/// </summary>
public sealed class StoreLoad
{
    private readonly ClickHouseStore _store;
    private readonly StoreSettings _settings;
    private readonly ulong _version;
    private readonly Dictionary<string, SessionRow> _stored;
    private readonly Dictionary<string, LiveSession> _newSessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly StringBuilder _batch = new();
    private StoreAttribution? _attribution;
    private int _batchRows;
    private long _linesSent;
    private long _sessionsSent;
    private long _reattributed;
    private bool _completed;

    internal StoreLoad(ClickHouseStore store, StoreSettings settings, ulong version, IEnumerable<SessionRow> stored)
    {
        _store = store;
        _settings = settings;
        _version = version;
        _stored = stored.ToDictionary(r => r.Session.Key, StringComparer.Ordinal);
    }

    public void AddSession(LiveSession session)
    {
        if (_attribution is not null)
        {
            throw new InvalidOperationException("LIVE sessions must all be added before the first order line");
        }

        // A later export of the same LIVE (same key) replaces the stored one, as its newer row will.
        _newSessions[session.Key] = session;
    }

    public void AddLine(OrderLine line)
    {
        var attribution = _attribution ??= Settle();

        // The import drops a line seen before in an overlapping file by (platform, shop, order,
        // line id, created instant, occurrence within the file); lines reach here once per such
        // identity, so numbering them in arrival order gives the same occurrences. The instant
        // keeps a POS log's restarted invoice numbers apart across loads too.
        var lineKey = string.Join('\u001f', line.Platform.ToSlug(), line.Shop, line.OrderId, line.LineId,
            StoreTime.Nanos(line.Created.ToInstant()).ToString(CultureInfo.InvariantCulture));
        var occurrence = _occurrences[lineKey] = _occurrences.GetValueOrDefault(lineKey) + 1;
        var (live, own) = attribution.Attribute(line);
        new LineRow(line, occurrence, live, own).Write(_batch, _version);
        _linesSent++;
        if (++_batchRows >= _store.Options.BatchRows)
        {
            Flush();
        }
    }

    /// <summary>Sends what is left and returns what the store holds now.</summary>
    public LoadReport Complete()
    {
        if (_completed)
        {
            throw new InvalidOperationException("the load is already complete");
        }

        _attribution ??= Settle();
        Flush();
        _completed = true;
        var (lines, sessions) = _store.Counts();
        return new LoadReport(_linesSent, _sessionsSent, _reattributed, lines, sessions);
    }

    /// <summary>
    /// Once every LIVE is known: decides which count, writes those that are new or changed, and
    /// re-attributes stored lines their windows touch.
    /// </summary>
    private StoreAttribution Settle()
    {
        var all = _stored.Values.Select(r => r.Session).Where(s => !_newSessions.ContainsKey(s.Key)).Concat(_newSessions.Values);
        var attribution = new StoreAttribution(all, _settings);
        var rows = new StringBuilder();
        var windows = new List<(Platform Platform, long From, long To)>();
        foreach (var row in attribution.Rows)
        {
            var old = _stored.GetValueOrDefault(row.Session.Key);
            if (old == row)
            {
                continue;
            }

            row.Write(rows, _version);
            _sessionsSent++;
            windows.Add(Window(row.Session));
            if (old is not null)
            {
                windows.Add(Window(old.Session));
            }
        }

        if (rows.Length > 0)
        {
            _store.InsertRows(StoreSchema.Sessions, SessionRow.Columns, rows);
        }

        Reattribute(attribution, windows);
        return attribution;
    }

    private (Platform, long, long) Window(LiveSession session) =>
        (session.Platform, StoreTime.Nanos(session.Start.ToInstant()), StoreTime.Nanos(session.End.ToInstant() + _settings.Grace));

    private void Reattribute(StoreAttribution attribution, List<(Platform Platform, long From, long To)> windows)
    {
        foreach (var platform in windows.GroupBy(w => w.Platform))
        {
            foreach (var chunk in Merge(platform.Select(w => (w.From, w.To))).Chunk(200))
            {
                var ranges = string.Join(" OR ", chunk.Select(r =>
                    $"(created_ns >= {r.From.ToString(CultureInfo.InvariantCulture)} AND created_ns <= {r.To.ToString(CultureInfo.InvariantCulture)})"));
                var sql = $"SELECT {LineRow.ReadColumns} FROM {_store.Schema.Table(StoreSchema.Lines)} FINAL " +
                          $"WHERE platform = {SqlText.Literal(platform.Key.ToSlug())} AND ({ranges}) FORMAT TabSeparated";
                foreach (var values in TsvText.Rows(_store.Client.Query(sql)))
                {
                    var stored = LineRow.Read(values, _settings.Zone);
                    var (live, own) = attribution.Attribute(stored.Line);
                    if (live != stored.LiveKey || own != stored.OwnLiveKey)
                    {
                        (stored with { LiveKey = live, OwnLiveKey = own }).Write(_batch, _version);
                        _reattributed++;
                        if (++_batchRows >= _store.Options.BatchRows)
                        {
                            Flush();
                        }
                    }
                }
            }
        }
    }

    /// <summary>Overlapping windows joined, so each stored line is read once.</summary>
    private static IEnumerable<(long From, long To)> Merge(IEnumerable<(long From, long To)> windows)
    {
        (long From, long To)? current = null;
        foreach (var w in windows.OrderBy(w => w.From))
        {
            if (current is { } c && w.From <= c.To)
            {
                current = (c.From, Math.Max(c.To, w.To));
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = w;
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    private void Flush()
    {
        if (_batchRows == 0)
        {
            return;
        }

        _store.InsertRows(StoreSchema.Lines, LineRow.Columns, _batch);
        _batch.Clear();
        _batchRows = 0;
    }
}
