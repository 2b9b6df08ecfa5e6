using System.Net;
using System.Net.Sockets;
using System.Text;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Scale;

/// <summary>
/// What a user sees when the store cannot be used, without needing ClickHouse installed: nothing
/// listening, an HTTP server that is not ClickHouse, a ClickHouse older than 18.16 (a stand-in
/// answering like one), and options that never reach a server. One line, a distinct exit code.
/// </summary>
[TestFixture]
public sealed class StoreErrorTests
{
    [TestCase("slots", TestName = "Store error: nothing listening is unreachable (slots)")]
    [TestCase("sessions", TestName = "Store error: nothing listening is unreachable (sessions)")]
    [TestCase("recommend", TestName = "Store error: nothing listening is unreachable (recommend)")]
    [TestCase("products", TestName = "Store error: nothing listening is unreachable (products)")]
    [TestCase("report", "--out", "never-written.html", TestName = "Store error: nothing listening is unreachable (report)")]
    public void Nothing_listening_is_unreachable(params string[] command)
    {
        var port = FreePort();

        var run = CliRun.Of([.. command, "--engine", "clickhouse", "--url", $"http://127.0.0.1:{port}"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.StoreUnreachable));
        Assert.That(run.Error, Does.Contain($"cannot reach ClickHouse at http://127.0.0.1:{port}").And.Contain("connection refused"));
        Assert.That(run.HasStackTrace, Is.False, run.Error);
    }

    [TestCase("1.1.54388\n", 200, ExitCodes.StoreTooOld, "is version 1.1.54388; LivePeak needs 18.16 or later", TestName = "Store error: a release older than 18.16 is too old")]
    [TestCase("18.14.19\n", 200, ExitCodes.StoreTooOld, "is version 18.14.19", TestName = "Store error: 18.14 is too old")]
    [TestCase("<html>Not Found</html>", 404, ExitCodes.StoreUnreachable, "is not a ClickHouse HTTP interface (HTTP 404", TestName = "Store error: a web server that is not ClickHouse")]
    [TestCase("<html>hello</html>", 200, ExitCodes.StoreUnreachable, "did not answer like a ClickHouse HTTP interface", TestName = "Store error: a page where the version should be")]
    [TestCase("Code: 516. DB::Exception: default: Authentication failed. (AUTHENTICATION_FAILED)", 401, ExitCodes.StoreRefused, "refused the user", TestName = "Store error: a current release refusing the login")]
    public void A_server_that_cannot_serve_is_named_with_its_own_exit_code(string body, int status, int exitCode, string message)
    {
        using var server = new StandIn(body, status);

        var run = CliRun.Of("slots", "--engine", "clickhouse", "--url", server.Url, "--user", "u", "--password", "p4ssw0rd-not-shown");

        Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.Error);
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.Error, Does.Not.Contain("p4ssw0rd-not-shown"));
        Assert.That(server.Authorization, Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("u:p4ssw0rd-not-shown"))),
            "credentials travel in the Authorization header");
        Assert.That(server.RawUrl, Does.Not.Contain("p4ssw0rd"), "never in the URL");
    }

    [TestCase("--url", "http://user:secret@127.0.0.1:8123", "must not hold a user or password", TestName = "Store option: credentials inside --url are refused without echoing them")]
    [TestCase("--url", "ftp://127.0.0.1", "http:// or https://", TestName = "Store option: only http(s) addresses")]
    [TestCase("--url", "not a url", "an address such as", TestName = "Store option: --url must be an address")]
    [TestCase("--database", "shop; DROP DATABASE x", "--database must be", TestName = "Store option: a database name is an identifier, never escaped SQL")]
    public void Bad_store_options_stop_before_any_request(string option, string value, string message)
    {
        var args = new List<string> { "slots", "--engine", "clickhouse", "--url", "http://127.0.0.1:1" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = CliRun.Of([.. args]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption), run.Error);
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.Error, Does.Not.Contain("secret"));
    }

    [Test]
    public void The_cluster_name_is_an_identifier_too()
    {
        var run = CliRun.Of("load", "clickhouse", ".", "--url", "http://127.0.0.1:1", "--cluster", "two`, evil");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain("--cluster must be"));
    }

    [TestCase("Code: 193, e.displayText() = DB::Exception: Wrong password for user analyst, e.what() = DB::Exception",
        "Wrong password for user analyst (ClickHouse error 193)", TestName = "Error text: 18.16's decoration removed")]
    [TestCase("Code: 60. DB::Exception: Table livepeak.order_lines does not exist. (UNKNOWN_TABLE) (version 24.3.2.23 (official build))",
        "Table livepeak.order_lines does not exist. (UNKNOWN_TABLE) (ClickHouse error 60)", TestName = "Error text: a current release's version suffix removed")]
    [TestCase("Service Unavailable", "Service Unavailable", TestName = "Error text: anything else kept as it is")]
    public void ClickHouse_errors_read_as_one_plain_sentence(string response, string expected) =>
        Assert.That(LivePeak.Analytics.Scale.ClickHouseClient.ErrorText(response), Is.EqualTo(expected));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An HTTP server answering every request with one fixed response, recording the last request.</summary>
    private sealed class StandIn : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public StandIn(string body, int status)
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _loop = Task.Run(() =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = _listener.GetContext();
                    }
                    catch (HttpListenerException)
                    {
                        return;
                    }
                    catch (ObjectDisposedException)
                    {
                        return;
                    }

                    Authorization = context.Request.Headers["Authorization"];
                    RawUrl = context.Request.RawUrl;
                    var bytes = Encoding.UTF8.GetBytes(body);
                    context.Response.StatusCode = status;
                    context.Response.OutputStream.Write(bytes);
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }

        public string? Authorization { get; private set; }

        public string? RawUrl { get; private set; }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
