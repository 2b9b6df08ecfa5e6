namespace LivePeak.Analytics.Render.Report;

/// <summary>
/// The database a report was computed from instead of files, as its data section names it: the
/// server's address as scheme, host and port only (never a user or password), the database and
/// the rows each table holds, each counted once as the queries count them.
/// </summary>
/// <param name="Engine">The engine and its version, e.g. <c>ClickHouse 18.16.1</c>.</param>
/// <param name="Server">The server's address without credentials, e.g. <c>http://ch1:8123</c>.</param>
public sealed record ReportStore(string Engine, string Server, string Database, IReadOnlyList<ReportStoreTable> Tables);
