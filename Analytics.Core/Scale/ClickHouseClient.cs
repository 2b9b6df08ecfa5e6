using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// One ClickHouse server over its HTTP interface, the one interface every release since 2016
/// has kept: a query in the body (or, for INSERT, in the URL with the rows in the body), results
/// as TabSeparated text, errors as a non-200 status with <c>Code: N, ...</c> text. Credentials go
/// in a Basic Authorization header, never in the URL, so no message can contain them.
/// </summary>
public sealed class ClickHouseClient : IDisposable
{
    /// <summary>The oldest release LivePeak's SQL was checked against: Debian's 18.16.</summary>
    public static readonly Version MinimumVersion = new(18, 16);

    private readonly HttpClient _http;
    private readonly Uri _base;

    /// <summary>Statements name their tables with the database, so no default database is sent.</summary>
    public ClickHouseClient(Uri url, string? user, string? password, TimeSpan connectTimeout, TimeSpan queryTimeout)
    {
        if (url.Scheme is not ("http" or "https") || !url.IsAbsoluteUri)
        {
            throw new UserInputException(new LocalText("error.store.url.scheme"), ExitCodes.BadOption);
        }

        if (url.UserInfo.Length > 0)
        {
            throw new UserInputException(
                new LocalText("error.store.url.credentials", ("user", ClickHouseOptions.UserVariable), ("password", ClickHouseOptions.PasswordVariable)),
                ExitCodes.BadOption);
        }

        _base = new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        Server = Display(url);
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = connectTimeout, UseCookies = false, UseProxy = false })
        {
            Timeout = queryTimeout,
        };
        if (user is not null || password is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes((user ?? "default") + ":" + (password ?? string.Empty)));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }

    public ClickHouseClient(ClickHouseOptions options, Uri? url = null)
        : this(url ?? options.Url, options.User, options.Password, options.ConnectTimeout, options.QueryTimeout)
    {
    }

    /// <summary>The server as messages name it: scheme, host and port.</summary>
    public string Server { get; }

    public static string Display(Uri url) => url.IsAbsoluteUri ? $"{url.Scheme}://{url.Authority}" : "(not an address)";

    /// <summary>Runs a statement or query and returns the response body (TabSeparated rows).</summary>
    public string Query(string sql) => Send(sql, body: null);

    /// <summary>Runs <c>INSERT INTO t (...) FORMAT TabSeparated</c> with the rows as the body.</summary>
    public void Insert(string insertSql, byte[] rows) => Send(insertSql, rows);

    /// <summary>The server's version text (e.g. <c>18.16.1</c>); a clear error when it is older than LivePeak supports.</summary>
    public string CheckVersion()
    {
        var text = Send("SELECT version()", body: null).Trim();
        var parts = text.Split('.');
        if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            throw new StoreException($"{Server} did not answer like a ClickHouse HTTP interface (version '{Shorten(text)}')", ExitCodes.StoreUnreachable);
        }

        var version = new Version(major, minor);
        if (version < MinimumVersion)
        {
            throw new StoreException(
                $"ClickHouse at {Server} is version {text}; LivePeak needs {MinimumVersion.Major}.{MinimumVersion.Minor} or later",
                ExitCodes.StoreTooOld);
        }

        return text;
    }

    private string Send(string sql, byte[]? body)
    {
        var query = new StringBuilder("?wait_end_of_query=1");
        HttpContent content;
        if (body is null)
        {
            content = new StringContent(sql, new UTF8Encoding(false));
        }
        else
        {
            // Rows sent through a Distributed table reach the shards before the request returns,
            // so a query right after a load sees them.
            query.Append("&insert_distributed_sync=1&query=").Append(Uri.EscapeDataString(sql));
            content = new ByteArrayContent(body);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_base, query.ToString())) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = _http.Send(request);
        }
        catch (HttpRequestException e)
        {
            throw new StoreException(new LocalText("error.store.unreachable", ("server", Server), ("reason", Reason(e))), ExitCodes.StoreUnreachable);
        }
        catch (TaskCanceledException)
        {
            throw new StoreException(
                new LocalText("error.store.timeout", ("server", Server), ("seconds", (long)Math.Round(_http.Timeout.TotalSeconds))), ExitCodes.StoreUnreachable);
        }

        using (response)
        {
            string text;
            try
            {
                using var reader = new StreamReader(response.Content.ReadAsStream(), new UTF8Encoding(false));
                text = reader.ReadToEnd();
            }
            catch (IOException e)
            {
                throw new StoreException($"ClickHouse at {Server} broke off its answer ({e.Message})", ExitCodes.StoreUnreachable);
            }

            if (response.StatusCode == HttpStatusCode.OK)
            {
                return text;
            }

            var error = Shorten(ErrorText(FirstLine(text)));
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || IsAuthentication(text))
            {
                throw new StoreException(
                    $"ClickHouse at {Server} refused the user (check --user/--password or {ClickHouseOptions.UserVariable}/{ClickHouseOptions.PasswordVariable}): {error}",
                    ExitCodes.StoreRefused);
            }

            if (!text.StartsWith("Code:", StringComparison.Ordinal))
            {
                throw new StoreException($"{Server} is not a ClickHouse HTTP interface (HTTP {(int)response.StatusCode}: {error})", ExitCodes.StoreUnreachable);
            }

            throw new StoreException($"ClickHouse at {Server} refused a query: {error}", ExitCodes.StoreRefused);
        }
    }

    // 192 unknown user, 193 wrong password, 194 password required, 195 IP not allowed, 516 authentication failed.
    private static bool IsAuthentication(string text) =>
        text.StartsWith("Code: 192,", StringComparison.Ordinal) || text.StartsWith("Code: 193,", StringComparison.Ordinal) ||
        text.StartsWith("Code: 194,", StringComparison.Ordinal) || text.StartsWith("Code: 195,", StringComparison.Ordinal) ||
        text.StartsWith("Code: 516.", StringComparison.Ordinal) || text.StartsWith("Code: 516,", StringComparison.Ordinal);

    private static string Reason(HttpRequestException e) => e.InnerException switch
    {
        SocketException s => s.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused: is the server running and is this its HTTP port?",
            SocketError.HostNotFound or SocketError.NoData => "unknown host",
            SocketError.TimedOut => "connection timed out",
            _ => s.Message,
        },
        { } inner => inner.Message,
        null => e.Message,
    };

    /// <summary>
    /// The message of a ClickHouse error without its C++ decoration, which differs by release:
    /// <c>Code: 193, e.displayText() = DB::Exception: Wrong password, e.what() = DB::Exception</c>
    /// (18.16) and <c>Code: 516. DB::Exception: Authentication failed. (AUTHENTICATION_FAILED) (version 24.3)</c>.
    /// </summary>
    internal static string ErrorText(string line)
    {
        const string marker = "DB::Exception: ";
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        if (!line.StartsWith("Code: ", StringComparison.Ordinal) || at < 0)
        {
            return line;
        }

        var code = new string(line.AsSpan(6).ToArray().TakeWhile(char.IsAsciiDigit).ToArray());
        var message = line[(at + marker.Length)..];
        var what = message.IndexOf(", e.what() = ", StringComparison.Ordinal);
        if (what >= 0)
        {
            message = message[..what];
        }

        var version = message.LastIndexOf(" (version ", StringComparison.Ordinal);
        if (version >= 0 && message.EndsWith(')'))
        {
            message = message[..version];
        }

        return $"{message.Trim()} (ClickHouse error {code})";
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    public void Dispose() => _http.Dispose();
}
