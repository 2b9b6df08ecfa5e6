using System.Diagnostics;

namespace LivePeak.Tests.Render.Report;

/// <summary>
/// Runs Debian's headless Chromium on a local file. Absent Chromium makes the calling test
/// ignored with how to enable it, unless LIVEPEAK_REQUIRE_CHROMIUM=1 (as CI sets) makes it fail.
/// </summary>
internal static class ChromiumRun
{
    public const string RequireVariable = "LIVEPEAK_REQUIRE_CHROMIUM";

    public static string Executable()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        const string how = "Chromium is not installed: run 'apt-get install chromium' (Debian) to run this test; .ci/install-deps installs it.";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{how} {RequireVariable}=1 requires it.");
        }

        Assert.Ignore(how);
        return null!;
    }

    /// <summary>Runs Chromium with the given extra arguments on a file; returns stdout.</summary>
    public static (int ExitCode, string Output, string Error) Run(string file, params string[] extra)
    {
        var profile = Path.Combine(Path.GetTempPath(), "livepeak-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(Executable())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile}",
            }.Concat(extra).Append(new Uri(file).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish within two minutes");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium's helpers may still hold a file for a moment; the OS cleans temp later.
            }
        }
    }
}
