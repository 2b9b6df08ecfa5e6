using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// The SQL behind <see cref="ClickHouseStore.Cube"/> and <see cref="ClickHouseStore.Sessions"/>:
/// the embedded engine's rules (see <see cref="SlotCube"/>) as GROUP BY queries over the deduplicated
/// (<c>FINAL</c>) tables, using only functions Debian's ClickHouse 18.16 has. Only numbers the code
/// computes (slot sizes) and escaped literals (filters) are put into the SQL text.
/// </summary>
internal sealed class StoreQuery
{
    private const long SlotMinuteNanos = StoreTime.NanosPerMinute;
    private static readonly string Cancelled = ((int)OrderStatus.Cancelled).ToString(CultureInfo.InvariantCulture);

    private readonly ClickHouseStore _store;
    private readonly StoreSettings _settings;
    private readonly CubeOptions _options;
    private readonly string _filter;
    private readonly string _liveKey;
    private readonly string _inCube;

    // The filter without a one-shop condition: the LIVEs a shop's lines may belong to.
    private readonly string _unscoped;

    public StoreQuery(ClickHouseStore store, StoreSettings settings, CubeOptions options)
    {
        _store = store;
        _settings = settings;
        settings.Require(StoreSettings.From(options), $"the store in database {store.Schema.Database} at {store.Client.Server}");
        _options = options;
        (_filter, var ownShop) = Filter();
        _liveKey = ownShop ? "own_live_key" : "live_key";
        _inCube = ownShop ? "in_cube_own" : "in_cube";
        _unscoped = _filter;
    }

    private StoreQuery(StoreQuery of, string shop)
    {
        (_store, _settings, _options, _liveKey, _inCube, _unscoped) = (of._store, of._settings, of._options, of._liveKey, of._inCube, of._filter);
        _filter = $"{of._filter} AND shop = {SqlText.Literal(shop)}";
    }

    /// <summary>
    /// The same query narrowed to one shop's lines and LIVEs, each line still attributed as with
    /// every kept shop in view (so a default-shop line can belong to a named shop's LIVE).
    /// </summary>
    internal StoreQuery ForShop(string shop) => new(this, shop);

    internal CubeOptions Options => _options;

    /// <summary>The column saying whether a LIVE counts as the filtered builder sees LIVEs.</summary>
    internal string InCubeColumn => _inCube;

    internal string SessionsTable => _store.Schema.Table(StoreSchema.Sessions);

    /// <summary>What identifies an order as <see cref="SlotCube.OrderKey"/> does (its local date included).</summary>
    internal const string OrderKey = "(platform, shop, order_id, created_date)";

    internal static readonly string Kept = $"status != {Cancelled}";

    internal StoreSettings Settings => _settings;

    /// <summary>The platform and shop filters as a WHERE condition.</summary>
    internal string Where => _filter;

    /// <summary>The column holding each line's LIVE as the filtered builder sees LIVEs.</summary>
    internal string LiveKeyColumn => _liveKey;

    internal string LinesTable => _store.Schema.Table(StoreSchema.Lines);

    public SlotCube Cube()
    {
        var length = _options.SlotLength;
        var totals = new Dictionary<int, SlotTotals>();
        SlotTotals At(int index) => totals.TryGetValue(index, out var t) ? t : totals[index] = new SlotTotals(index);

        // Order lines: everything but exposure. The slot comes from the stored local date and minute.
        var counted = $"{Kept} AND quantity_micros > 0";
        var linesSql =
            $"SELECT (toDayOfWeek(created_date) - 1) * {length.SlotsPerDay} + intDiv(created_minute, {length.Minutes}) AS slot, " +
            $"count(), uniqExactIf({OrderKey}, {counted}), sumIf(quantity_micros, {Kept}), sumIf(revenue, {Kept}), " +
            $"sumIf(revenue, status = {Cancelled}), min(created_date), max(created_date), " +
            $"uniqExactIf({OrderKey}, {counted} AND {_liveKey} != ''), sumIf(revenue, {Kept} AND {_liveKey} != ''), " +
            $"uniqExactIf({OrderKey}, {counted} AND {_liveKey} = ''), sumIf(revenue, {Kept} AND {_liveKey} = '') " +
            $"FROM {LinesTable} FINAL WHERE {_filter} GROUP BY slot FORMAT TabSeparated";
        foreach (var v in Query(linesSql))
        {
            var index = Int(v[0]);
            totals[index] = At(index) with
            {
                Lines = Long(v[1]),
                Orders = Long(v[2]),
                Items = LineRow.Normalize(Long(v[3]) / (decimal)LineRow.QuantityScale),
                Gmv = new Money(Long(v[4])),
                CancelledGmv = new Money(Long(v[5])),
                FirstDate = StoreTime.ParseDate(v[6]!),
                LastDate = StoreTime.ParseDate(v[7]!),
                LiveOrders = Long(v[8]),
                LiveGmv = new Money(Long(v[9])),
                OffLiveOrders = Long(v[10]),
                OffLiveGmv = new Money(Long(v[11])),
            };
        }

        // LIVEs: one session in the slot each starts in; a LIVE with no length puts its viewers there too.
        var sessionWhere = $"{_inCube} = 1 AND ({_filter})";
        var startsSql =
            $"SELECT {SlotOf("start_local_ns", length)} AS slot, count(), " +
            $"sumIf(ifNull(viewers, 0), end_local_ns - start_local_ns < {StoreTime.NanosPerSecond}) " +
            $"FROM {SessionsTable} FINAL WHERE {sessionWhere} GROUP BY slot FORMAT TabSeparated";
        long sessionCount = 0;
        foreach (var v in Query(startsSql))
        {
            var index = Int(v[0]);
            sessionCount += Long(v[1]);
            totals[index] = At(index) with { Sessions = Long(v[1]), Viewers = Long(v[2]) };
        }

        // Exposure: each LIVE cut at slot boundaries (arrayJoin over its pieces), whole seconds per
        // piece, and its viewers shared by seconds, each share rounded half away from zero to
        // 12 decimals as the cube does, by integer long division so nothing overflows or floats.
        var slotNanos = length.Minutes * SlotMinuteNanos;
        var s = slotNanos.ToString(CultureInfo.InvariantCulture);
        var second = StoreTime.NanosPerSecond.ToString(CultureInfo.InvariantCulture);
        var exposureSql =
            "SELECT slot, sum(seconds), sum(whole), sum(frac) FROM (" +
            $"SELECT greatest(s0, b0 + toInt64(k) * {s}) AS p, intDiv(least(e, b0 + (toInt64(k) + 1) * {s}) - p, {second}) AS seconds, " +
            $"{SlotOf("p", length)} AS slot, " +
            "v * seconds AS num, intDiv(num, total) AS whole, num - whole * total AS r, " +
            "intDiv(r * 1000000, total) AS f1, r * 1000000 - f1 * total AS r1, " +
            "intDiv(r1 * 1000000, total) AS f2, r1 * 1000000 - f2 * total AS r2, " +
            "f1 * 1000000 + f2 + if(r2 * 2 >= total, 1, 0) AS frac " +
            "FROM (" +
            $"SELECT start_local_ns AS s0, end_local_ns AS e, ifNull(viewers, 0) AS v, intDiv(e - s0, {second}) AS total, " +
            $"intDiv(s0, {s}) * {s} AS b0, arrayJoin(range(toUInt64(intDiv(e - b0 + {s} - 1, {s})))) AS k " +
            $"FROM {SessionsTable} FINAL WHERE {sessionWhere} AND end_local_ns - start_local_ns >= {second}" +
            ")) GROUP BY slot FORMAT TabSeparated";
        foreach (var v in Query(exposureSql))
        {
            var index = Int(v[0]);
            var share = Long(v[2]) + Long(v[3]) / 1_000_000_000_000m;
            var t = At(index);
            totals[index] = t with { LiveSeconds = Long(v[1]), Viewers = t.Viewers + share };
        }

        return SlotCube.FromTotals(length, _settings.TimeZoneId, totals.Values, sessionCount);
    }

    public StoreSessions Sessions()
    {
        var ledger = new SessionLedger();
        var sessions = _store.ReadSessions(_inCube, _filter).Select(r => r.Session).ToList();
        foreach (var session in sessions)
        {
            ledger.AddSession(session);
        }

        var byKey = (_unscoped == _filter ? sessions : _store.ReadSessions(_inCube, _unscoped).Select(r => r.Session))
            .ToDictionary(s => s.Key, StringComparer.Ordinal);
        var sql =
            $"SELECT {_liveKey}, count(), sumIf(revenue, {Kept}), uniqExactIf({OrderKey}, {Kept} AND quantity_micros > 0) " +
            $"FROM {LinesTable} FINAL WHERE {_liveKey} != '' AND ({_filter}) GROUP BY {_liveKey} FORMAT TabSeparated";
        foreach (var v in Query(sql))
        {
            if (!byKey.TryGetValue(v[0]!, out var session))
            {
                throw new StoreException("the store holds lines attributed to a LIVE it does not hold; reload the LIVE reports", ExitCodes.StoreMismatch);
            }

            ledger.AddTotals(session, Long(v[3]), new Money(Long(v[2])), Long(v[1]));
        }

        var orphans = Query($"SELECT count() FROM {LinesTable} FINAL WHERE live_channel = 1 AND {_liveKey} = '' AND ({_filter}) FORMAT TabSeparated");
        return new StoreSessions(ledger, orphans.Select(v => Long(v[0])).Sum());
    }

    /// <summary>The slot index of a stored wall-clock time in nanoseconds: 1970-01-01 was a Thursday.</summary>
    private static string SlotOf(string localNanos, SlotLength length)
    {
        var day = StoreTime.NanosPerDay.ToString(CultureInfo.InvariantCulture);
        var minute = StoreTime.NanosPerMinute.ToString(CultureInfo.InvariantCulture);
        return $"((intDiv({localNanos}, {day}) + 3) % 7) * {length.SlotsPerDay} + intDiv(intDiv({localNanos} % {day}, {minute}), {length.Minutes})";
    }

    /// <summary>
    /// The WHERE clause of the platform and shop filters, and whether LIVEs are seen per shop. Shops
    /// are matched ignoring case, as the builder does, against the names the store holds; only those
    /// exact names, escaped, go into the SQL.
    /// </summary>
    private (string Where, bool OwnShop) Filter()
    {
        var parts = new List<string>();
        if (_options.Platforms.Count > 0)
        {
            parts.Add($"platform IN ({string.Join(", ", _options.Platforms.Select(p => SqlText.Literal(p.ToSlug())))})");
        }

        if (_options.Shops.Count == 0)
        {
            return (parts.Count == 0 ? "1" : string.Join(" AND ", parts), false);
        }

        var names = Query($"SELECT DISTINCT shop FROM {LinesTable} FORMAT TabSeparated")
            .Concat(Query($"SELECT DISTINCT shop FROM {SessionsTable} FORMAT TabSeparated"))
            .Select(v => v[0]!)
            .Where(_options.Shops.Contains)
            .ToHashSet(StringComparer.Ordinal);

        // The builder, filtered, drops the LIVEs of shops left out. For a named shop that is exactly
        // "its own shop's LIVEs"; a default-shop line among other kept shops matches LIVEs of those
        // shops only, which the store does not precompute.
        if (names.Contains(_settings.DefaultShop) && names.Count > 1)
        {
            throw new UserInputException(
                $"--shop with --engine clickhouse takes either the default shop '{_settings.DefaultShop}' or named shops, not both",
                ExitCodes.BadOption);
        }

        parts.Add(names.Count == 0 ? "0" : $"shop IN ({string.Join(", ", names.Order(StringComparer.Ordinal).Select(SqlText.Literal))})");
        return (string.Join(" AND ", parts), true);
    }

    internal IEnumerable<string?[]> Query(string sql) => TsvText.Rows(_store.Client.Query(sql)).ToList();

    internal static long Long(string? text) => long.Parse(text!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    internal static int Int(string? text) => int.Parse(text!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
