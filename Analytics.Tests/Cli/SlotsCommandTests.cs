using NUnit.Framework;
using System.Text.Json;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Cli;

/// <summary><c>livepeak slots</c> end to end: the JSON contract, the numbers, and the errors.</summary>
[TestFixture]
public sealed class SlotsCommandTests
{
    // 2026-06-01 is a Monday. Two orders Monday 10:xx (one with two lines), one Saturday 20:15,
    // one cancelled Saturday 20:30 that must only count as cancelled GMV.
    private const string Canonical =
        "order_id,created_at,shop,product_id,quantity,amount,status\n" +
        "1001,2026-06-01 10:05:00,S1,DURIAN,2,240000,completed\n" +
        "1001,2026-06-01 10:05:00,S1,YACON,1,45000,completed\n" +
        "1002,2026-06-01 10:59:59,S1,DURIAN,1,120000,Đã hoàn tất\n" +
        "1003,2026-06-06 20:15:00,S1,PORK,3,900000,Đã vận chuyển\n" +
        "1004,2026-06-06 20:30:00,S1,PORK,1,300000,Đã hủy\n";

    [Test]
    public void Json_lists_every_slot_of_the_week_Monday_first_with_exact_fields()
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", Canonical);

        var run = CliRun.Of("slots", file, "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "inputs", "timeZone", "slotMinutes", "slots" }));
        var input = root.GetProperty("inputs")[0];
        Assert.That(input.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "path", "kind", "rowsRead", "rowsAccepted", "rowsRejected", "rowsDuplicate" }));
        Assert.That(input.GetProperty("kind").GetString(), Is.EqualTo("canonical-orders"));
        Assert.That(input.GetProperty("rowsRead").GetInt32(), Is.EqualTo(5));
        Assert.That(root.GetProperty("timeZone").GetString(), Is.EqualTo("Asia/Ho_Chi_Minh"));
        Assert.That(root.GetProperty("slotMinutes").GetInt32(), Is.EqualTo(60));

        var slots = root.GetProperty("slots").EnumerateArray().ToList();
        Assert.That(slots, Has.Count.EqualTo(7 * 24));
        Assert.That(slots[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[]
            {
                "day", "start", "orders", "items", "gmv", "cancelledGmv",
                "sessions", "liveMinutes", "liveGmv", "liveOrders", "offLiveGmv", "offLiveOrders", "viewers",
                "gmvPerLiveHour", "ordersPerLiveHour", "ordersPer1000Viewers",
            }), "the issue-2 fields come first and unchanged; LIVE exposure fields follow");
        Assert.That((slots[0].GetProperty("day").GetString(), slots[0].GetProperty("start").GetString()), Is.EqualTo(("Mon", "00:00")));
        Assert.That((slots[^1].GetProperty("day").GetString(), slots[^1].GetProperty("start").GetString()), Is.EqualTo(("Sun", "23:00")));

        var monday10 = slots[10];
        Assert.That(monday10.GetProperty("orders").GetInt32(), Is.EqualTo(2), "1001 has two lines but is one order");
        Assert.That(monday10.GetProperty("items").GetDecimal(), Is.EqualTo(4m));
        Assert.That(monday10.GetProperty("gmv").GetDecimal(), Is.EqualTo(405000m));

        var saturday20 = slots[5 * 24 + 20];
        Assert.That(saturday20.GetProperty("orders").GetInt32(), Is.EqualTo(1), "the cancelled order is not an order");
        Assert.That(saturday20.GetProperty("gmv").GetDecimal(), Is.EqualTo(900000m));
        Assert.That(saturday20.GetProperty("cancelledGmv").GetDecimal(), Is.EqualTo(300000m));

        var others = slots.Where((_, i) => i != 10 && i != 5 * 24 + 20);
        Assert.That(others.All(s => s.GetProperty("orders").GetInt32() == 0 && s.GetProperty("gmv").GetDecimal() == 0), Is.True);
    }

    [Test]
    public void Slot_minutes_and_time_zone_change_the_grid()
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", "order_id,created_at,product_id,quantity,amount\n1,2026-06-01T03:10:00Z,A,1,10\n");

        var run = CliRun.Of("slots", file, "--json", "--slot-minutes", "30", "--tz", "Asia/Bangkok");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var slots = doc.RootElement.GetProperty("slots").EnumerateArray().ToList();
        Assert.That(slots, Has.Count.EqualTo(7 * 48));
        var hit = slots.Single(s => s.GetProperty("orders").GetInt32() == 1);
        Assert.That((hit.GetProperty("day").GetString(), hit.GetProperty("start").GetString()), Is.EqualTo(("Mon", "10:00")),
            "03:10 UTC is 10:10 in Bangkok (UTC+7), in the 10:00 half-hour");
    }

    [Test]
    public void Table_output_shows_the_accounting_and_the_best_slot()
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", Canonical);

        var run = CliRun.Of("slots", file, "--metric", "gmv", "--top", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("canonical-orders"));
        Assert.That(run.Output, Does.Contain("Sat 20:00-21:00"), "Saturday 20:00 has the most GMV (900,000)");
        Assert.That(run.Output, Does.Contain("900,000"));
        Assert.That(run.Output, Does.Not.Contain("\u001b["), "no colour codes when output is not a terminal");
    }

    [Test]
    public void Rejects_file_accounts_for_every_row_with_line_and_reason()
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv",
            "order_id,created_at,product_id,quantity,amount\n" +
            "1,2026-06-01 10:00:00,A,1,10\n" +
            "2,not a date,A,1,10\n" +
            "3,2026-06-01 11:00:00,A,lots,10\n" +
            ",2026-06-01 12:00:00,A,1,10\n");
        var copy = temp.Write("copy/orders-again.csv", File.ReadAllText(file));
        var rejects = temp.File("rejects.csv");

        var run = CliRun.Of("slots", file, copy, "--json", "--rejects", rejects);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var inputs = doc.RootElement.GetProperty("inputs").EnumerateArray().ToList();
        var read = inputs.Sum(i => i.GetProperty("rowsRead").GetInt32());
        var accepted = inputs.Sum(i => i.GetProperty("rowsAccepted").GetInt32());
        var rejected = inputs.Sum(i => i.GetProperty("rowsRejected").GetInt32());
        var duplicate = inputs.Sum(i => i.GetProperty("rowsDuplicate").GetInt32());
        Assert.That((read, accepted, rejected, duplicate), Is.EqualTo((8, 1, 6, 1)), "the copy's good row is a duplicate; its bad rows are rejected again");

        var lines = File.ReadAllLines(rejects);
        Assert.That(lines[0], Is.EqualTo("\uFEFFfile,line,column,reason,row").Or.EqualTo("file,line,column,reason,row"));
        Assert.That(lines, Has.Length.EqualTo(1 + 6));
        Assert.That(lines.Any(l => l.Contains(",3,created_at,", StringComparison.Ordinal) && l.Contains("not a date", StringComparison.Ordinal)), Is.True,
            string.Join('\n', lines));
        Assert.That(lines.Any(l => l.Contains(",4,quantity,", StringComparison.Ordinal)), Is.True);
        Assert.That(lines.Any(l => l.Contains(",5,order_id,", StringComparison.Ordinal)), Is.True);
    }

    [TestCase("slots", "missing-folder-xyz", ExitCodes.InputNotFound, "no such file", TestName = "A missing input names the path")]
    [TestCase("slots", "--slot-minutes=45", ExitCodes.BadOption, "45", TestName = "A slot length that does not divide a day is refused")]
    [TestCase("slots", "--tz=Mars/Olympus", ExitCodes.BadOption, "unknown time zone", TestName = "An unknown zone is named")]
    [TestCase("slots", "--map=order=No", ExitCodes.BadOption, "timestamp", TestName = "A map without a time column says which key is missing")]
    public void User_errors_give_a_message_and_a_distinct_exit_code(string command, string arg, int exitCode, string message)
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", Canonical);
        var args = arg.StartsWith("--", StringComparison.Ordinal) ? new[] { command, file, arg } : [command, arg];

        var run = CliRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.Error);
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.HasStackTrace, Is.False, run.Error);
    }

    [Test]
    public void An_unrecognised_file_lists_the_headers_found_and_the_known_kinds()
    {
        using var temp = new TempFolder();
        var file = temp.Write("mystery.csv", "When,What,HowMany\n2026-06-01 10:00,Durian,2\n");

        var run = CliRun.Of("slots", file);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UnrecognisedFile));
        Assert.That(run.Error, Does.Contain("mystery.csv").And.Contain("'When', 'What', 'HowMany'").And.Contain("tiktok-orders").And.Contain("shopee-orders").And.Contain("--map"));
        Assert.That(run.HasStackTrace, Is.False);
    }

    [Test]
    public void A_file_with_no_readable_rows_exits_with_no_data()
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv", "order_id,created_at,product_id,quantity,amount\n1,yesterday,A,1,10\n");

        var run = CliRun.Of("slots", file);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NoData));
        Assert.That(run.Error, Does.Contain("no order lines were accepted"));
    }
}
