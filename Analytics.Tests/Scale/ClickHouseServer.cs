using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security;

namespace LivePeak.Tests.Scale;

/// <summary>
/// A real ClickHouse server (Debian's <c>clickhouse-server</c>, or any release's <c>clickhouse</c>
/// binary) run as a plain child process on free loopback ports, with its data, logs and config in
/// a temporary folder that is deleted when it stops. No systemd, no root-owned paths.
/// Where no server binary exists the calling test is ignored, with how to enable it, unless
/// <c>LIVEPEAK_REQUIRE_CLICKHOUSE=1</c> (set by <c>.ci/run</c>) makes that a failure.
/// </summary>
public sealed class ClickHouseServer : IDisposable
{
    public const string RequireVariable = "LIVEPEAK_REQUIRE_CLICKHOUSE";
    public const string BinaryVariable = "LIVEPEAK_CLICKHOUSE_SERVER";

    /// <summary>A user with a password, beside the password-less <c>default</c>, for credential tests.</summary>
    public const string SecretUser = "analyst";
    public const string SecretPassword = "s3cr3t-Pa55word-never-printed";

    private readonly Process _process;

    private ClickHouseServer(string folder, int httpPort, int tcpPort, Process process)
    {
        Folder = folder;
        HttpPort = httpPort;
        TcpPort = tcpPort;
        _process = process;
    }

    public string Folder { get; }

    public int HttpPort { get; }

    public int TcpPort { get; }

    public Uri Url => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>The server binary and the arguments before <c>--config-file</c>, or null when none is installed.</summary>
    public static (string Path, string Prefix)? FindBinary()
    {
        if (Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } given)
        {
            return !File.Exists(given) ? null : Path.GetFileName(given) == "clickhouse" ? (given, "server ") : (given, string.Empty);
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Append("/usr/sbin").Append("/usr/bin"))
        {
            if (dir.Length == 0)
            {
                continue;
            }

            if (File.Exists(Path.Combine(dir, "clickhouse-server")))
            {
                return (Path.Combine(dir, "clickhouse-server"), string.Empty);
            }

            if (File.Exists(Path.Combine(dir, "clickhouse")))
            {
                return (Path.Combine(dir, "clickhouse"), "server ");
            }
        }

        return null;
    }

    /// <summary>Ignores (or, on CI, fails) the calling test when no ClickHouse server is installed.</summary>
    public static (string Path, string Prefix) RequireBinary()
    {
        if (FindBinary() is { } found)
        {
            return found;
        }

        const string how = "ClickHouse is not installed: install Debian's clickhouse-server (apt-get install clickhouse-server) " +
                           "or point " + BinaryVariable + " at a clickhouse binary to run these tests";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail(how + " (" + RequireVariable + "=1 requires them).");
        }

        Assert.Ignore(how + ".");
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Starts one server. <paramref name="clusters"/> is XML for <c>remote_servers</c>.</summary>
    public static ClickHouseServer Start(int httpPort, int tcpPort, string clusters = "")
    {
        var (binary, prefix) = RequireBinary();
        var folder = Path.Combine(Path.GetTempPath(), "livepeak-clickhouse", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.xml"), Config(folder, httpPort, tcpPort, clusters));
        File.WriteAllText(Path.Combine(folder, "users.xml"), Users);
        var info = new ProcessStartInfo(binary, $"{prefix}--config-file={Path.Combine(folder, "config.xml")}")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + binary);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ClickHouseServer(folder, httpPort, tcpPort, process);
        try
        {
            server.WaitUntilReady();
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>Two free loopback ports (HTTP, native) that nothing listens on right now.</summary>
    public static (int Http, int Tcp) FreePorts() => (FreePort(), FreePort());

    /// <summary><c>remote_servers</c> XML for one cluster with one replica per shard.</summary>
    public static string ClusterXml(string name, IEnumerable<int> tcpPorts) =>
        $"<{name}>" + string.Concat(tcpPorts.Select(p => $"<shard><replica><host>127.0.0.1</host><port>{p}</port></replica></shard>")) + $"</{name}>";

    private void WaitUntilReady()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"clickhouse-server exited with {_process.ExitCode} at startup:\n{Log()}");
            }

            try
            {
                if (http.GetStringAsync(new Uri(Url, "/ping")).GetAwaiter().GetResult().StartsWith("Ok", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            Thread.Sleep(50);
        }

        Assert.Fail($"clickhouse-server did not answer on port {HttpPort} within 60 s:\n{Log()}");
    }

    public string Log()
    {
        var path = Path.Combine(Folder, "log", "server.err.log");
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(30)) : "(no error log)";
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held; the temp folder is cleaned by the OS
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Small caches and every path inside the folder, so the server starts in well under a second.
    private static string Config(string folder, int httpPort, int tcpPort, string clusters) => $"""
        <?xml version="1.0"?>
        <yandex>
          <logger><level>warning</level><log>{folder}/log/server.log</log><errorlog>{folder}/log/server.err.log</errorlog><size>10M</size><count>1</count></logger>
          <listen_host>127.0.0.1</listen_host>
          <http_port>{httpPort}</http_port>
          <tcp_port>{tcpPort}</tcp_port>
          <path>{folder}/data/</path>
          <tmp_path>{folder}/tmp/</tmp_path>
          <user_files_path>{folder}/user_files/</user_files_path>
          <format_schema_path>{folder}/format_schemas/</format_schema_path>
          <access_control_path>{folder}/access/</access_control_path>
          <users_config>users.xml</users_config>
          <default_profile>default</default_profile>
          <default_database>default</default_database>
          <mark_cache_size>67108864</mark_cache_size>
          <uncompressed_cache_size>67108864</uncompressed_cache_size>
          <mlock_executable>false</mlock_executable>
          <max_concurrent_queries>50</max_concurrent_queries>
          <remote_servers>{clusters}</remote_servers>
        </yandex>
        """;

    private static readonly string Users = $"""
        <?xml version="1.0"?>
        <yandex>
          <profiles><default><max_memory_usage>2000000000</max_memory_usage></default></profiles>
          <users>
            <default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default>
            <{SecretUser}><password>{SecurityElement.Escape(SecretPassword)}</password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></{SecretUser}>
          </users>
          <quotas><default></default></quotas>
        </yandex>
        """;
}
