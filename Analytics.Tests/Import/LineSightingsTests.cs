using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Import;

/// <summary>
/// The importer's memory of lines across overlapping exports, checked against the rule as first
/// written: a set of "identity, n-th time in its file" texts.
/// </summary>
[TestFixture]
public sealed class LineSightingsTests
{
    [TestCase(new[] { "a|a" }, "F F", TestName = "One file listing a line twice has two lines (a product twice in one order)")]
    [TestCase(new[] { "a", "a" }, "F D", TestName = "A line exported again in a later file is a duplicate")]
    [TestCase(new[] { "a|a", "a" }, "F F D", TestName = "A later file's single copy matches the first of two")]
    [TestCase(new[] { "a", "a|a" }, "F D F", TestName = "A later file with one more copy adds it")]
    [TestCase(new[] { "a|a|a", "a", "a|a|a|a" }, "F F F D D D D F", TestName = "The most copies any earlier file held count, not the last file's")]
    [TestCase(new[] { "a|b", "b|c|a" }, "F F D F D", TestName = "Other lines do not disturb the counts")]
    [TestCase(new[] { "", "a" }, "F", TestName = "An empty file changes nothing")]
    public void Marks_first_sightings_and_duplicates(string[] files, string expected)
    {
        var sightings = new LineSightings();
        var marks = new List<string>();
        foreach (var file in files)
        {
            var number = sightings.StartFile();
            foreach (var line in file.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                marks.Add(sightings.IsFirst(number, IdentityHash.Of(line)) ? "F" : "D");
            }
        }

        Assert.That(string.Join(' ', marks), Is.EqualTo(expected));
    }

    [Test]
    public void Agrees_with_a_set_of_numbered_texts_on_random_overlapping_exports()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var sightings = new LineSightings();
            var oracle = new HashSet<string>();
            for (var f = random.Next(1, 6); f > 0; f--)
            {
                var number = sightings.StartFile();
                var inFile = new Dictionary<string, int>();
                for (var l = random.Next(0, 30); l > 0; l--)
                {
                    var line = $"tiktok\u001fS1\u001f{random.Next(8)}\u001fP{random.Next(3)}";
                    var n = inFile[line] = inFile.GetValueOrDefault(line) + 1;
                    Assert.That(sightings.IsFirst(number, IdentityHash.Of(line)), Is.EqualTo(oracle.Add($"{line}\u001f{n}")), $"trial {trial}, line {line} #{n}");
                }
            }
        }
    }

    [Test]
    public void The_last_file_is_checked_against_earlier_ones_but_adds_nothing_to_remember()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var files = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => Enumerable.Range(0, random.Next(0, 30)).Select(_ => $"tiktok\u001fS1\u001f{random.Next(8)}\u001fP{random.Next(3)}").ToList())
                .ToList();
            var remembering = new LineSightings();
            var last = new LineSightings();
            var rememberedBeforeLast = 0;
            for (var f = 0; f < files.Count; f++)
            {
                var isLast = f == files.Count - 1;
                var a = remembering.StartFile();
                var b = last.StartFile(laterFilesFollow: !isLast);
                if (isLast)
                {
                    rememberedBeforeLast = last.Count;
                }

                foreach (var line in files[f])
                {
                    var expected = remembering.IsFirst(a, IdentityHash.Of(line));
                    Assert.That(!last.NeedsIdentities || last.IsFirst(b, IdentityHash.Of(line)), Is.EqualTo(expected), $"trial {trial}, file {f}, line {line}");
                }
            }

            Assert.That(last.Count, Is.EqualTo(rememberedBeforeLast), $"trial {trial}: the last file remembered new lines");
        }
    }

    [Test]
    public void A_single_file_needs_no_identities_and_keeps_none()
    {
        var sightings = new LineSightings();
        sightings.StartFile(laterFilesFollow: false);

        Assert.That((sightings.NeedsIdentities, sightings.Count), Is.EqualTo((false, 0)));
    }

    [TestCase(Platform.TikTok, "S1", "1001", "L1", 1_700_000_000L, TestName = "Line identity: a plain line")]
    [TestCase(Platform.Shopee, "Cửa hàng Tây Bắc", "2405301234ABCD", "Xoài cát", 1_700_000_000L, TestName = "Line identity: Vietnamese text")]
    [TestCase(Platform.Other, "", "", "", -86_400L, TestName = "Line identity: empty parts, a time before 1970")]
    public void A_line_identity_is_the_hash_of_its_parts_joined(Platform platform, string shop, string orderId, string lineId, long unixSeconds)
    {
        var created = NodaTime.Instant.FromUnixTimeSeconds(unixSeconds);
        var text = string.Join('\u001f', platform.ToSlug(), shop, orderId, lineId,
            created.ToUnixTimeTicks().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(OrderImporter.RowReader.LineIdentity(platform, shop, orderId, lineId, created), Is.EqualTo(IdentityHash.Of(text)));
    }

    [Test]
    public void A_line_identity_longer_than_the_stack_buffer_is_hashed_whole()
    {
        var created = NodaTime.Instant.FromUnixTimeSeconds(0);
        var longId = new string('x', 400);

        Assert.That(OrderImporter.RowReader.LineIdentity(Platform.TikTok, "S", longId, "L", created),
            Is.Not.EqualTo(OrderImporter.RowReader.LineIdentity(Platform.TikTok, "S", longId + "y", "L", created)));
        Assert.That(OrderImporter.RowReader.LineIdentity(Platform.TikTok, "S", longId, "L", created),
            Is.EqualTo(IdentityHash.Of(string.Join('\u001f', "tiktok", "S", longId, "L", "0"))));
    }
}
