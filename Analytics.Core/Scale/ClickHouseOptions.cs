namespace LivePeak.Analytics.Scale;

/// <summary>
/// Where the ClickHouse store is and how to reach it. Credentials are kept here only to build the
/// HTTP Authorization header; no message, log or <see cref="ToString"/> ever shows them.
/// </summary>
public sealed record ClickHouseOptions
{
    public const string UserVariable = "LIVEPEAK_CLICKHOUSE_USER";
    public const string PasswordVariable = "LIVEPEAK_CLICKHOUSE_PASSWORD";
    public const string DefaultDatabase = "livepeak";

    /// <summary>The server's HTTP interface, e.g. <c>http://localhost:8123</c>.</summary>
    public required Uri Url { get; init; }

    public string Database { get; init; } = DefaultDatabase;

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>A cluster of the server's <c>remote_servers</c>: tables are then created on every
    /// shard and read through Distributed tables. Null for a single server.</summary>
    public string? Cluster { get; init; }

    /// <summary>The HTTP address of every server of <see cref="Cluster"/>, when they do not all
    /// listen on <see cref="Url"/>'s port at the host names the cluster lists.</summary>
    public IReadOnlyList<Uri> ShardUrls { get; init; } = [];

    /// <summary>Order lines sent per INSERT request.</summary>
    public int BatchRows { get; init; } = 50_000;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one query may run (large cubes over billions of lines take a while).</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>User and password from the environment where the options name none.</summary>
    public ClickHouseOptions WithEnvironmentCredentials() => this with
    {
        User = User ?? NonEmpty(Environment.GetEnvironmentVariable(UserVariable)),
        Password = Password ?? NonEmpty(Environment.GetEnvironmentVariable(PasswordVariable)),
    };

    /// <summary>The server as messages name it: scheme, host and port only.</summary>
    public string Display => ClickHouseClient.Display(Url);

    public override string ToString() =>
        $"ClickHouse {Display} database {Database}" + (Cluster is null ? string.Empty : $" cluster {Cluster}");

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
