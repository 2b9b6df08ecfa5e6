namespace LivePeak.Tests.Scale;

/// <summary>
/// The ClickHouse servers the store tests share, started on first use (about a second each) and
/// always stopped after the last test of this folder, or when the test process exits. Each test
/// works in a database of its own, so sharing a server shares no data.
/// </summary>
[SetUpFixture]
public sealed class ClickHouseServers
{
    public const string ClusterName = "livepeak_two_shards";

    private static readonly Lock Gate = new();
    private static ClickHouseServer? _single;
    private static IReadOnlyList<ClickHouseServer>? _cluster;

    static ClickHouseServers() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    /// <summary>One server.</summary>
    public static ClickHouseServer Single
    {
        get
        {
            lock (Gate)
            {
                if (_single is null)
                {
                    var (http, tcp) = ClickHouseServer.FreePorts();
                    _single = ClickHouseServer.Start(http, tcp);
                }

                return _single;
            }
        }
    }

    /// <summary>Two servers, each listing both as the shards of <see cref="ClusterName"/>.</summary>
    public static IReadOnlyList<ClickHouseServer> Cluster
    {
        get
        {
            lock (Gate)
            {
                if (_cluster is null)
                {
                    ClickHouseServer.RequireBinary();
                    var ports = new[] { ClickHouseServer.FreePorts(), ClickHouseServer.FreePorts() };
                    var xml = ClickHouseServer.ClusterXml(ClusterName, ports.Select(p => p.Tcp));
                    var started = new List<ClickHouseServer>();
                    try
                    {
                        foreach (var (http, tcp) in ports)
                        {
                            started.Add(ClickHouseServer.Start(http, tcp, xml));
                        }
                    }
                    catch
                    {
                        started.ForEach(s => s.Dispose());
                        throw;
                    }

                    _cluster = started;
                }

                return _cluster;
            }
        }
    }

    /// <summary>A fresh database name for one test.</summary>
    public static string NewDatabase() => "t_" + Guid.NewGuid().ToString("N");

    [OneTimeTearDown]
    public void Stop() => StopAll();

    private static void StopAll()
    {
        lock (Gate)
        {
            _single?.Dispose();
            _single = null;
            foreach (var server in _cluster ?? [])
            {
                server.Dispose();
            }

            _cluster = null;
        }
    }
}
