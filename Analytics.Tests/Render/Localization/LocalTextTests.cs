using System.Globalization;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Tests.Render.Localization;

/// <summary>Texts kept by key, written in the reader's language when shown; errors carry them.</summary>
[NonParallelizable]
public sealed class LocalTextTests
{
    [Test]
    public void A_text_is_written_in_the_language_asked_for_and_in_English_by_default()
    {
        var text = new LocalText("error.input.missing", ("path", "exports/june"));

        Assert.That(text.In(Language.Vietnamese), Is.EqualTo("exports/june: không có tệp hoặc thư mục này"));
        Assert.That(text.In(Language.English), Is.EqualTo("exports/june: no such file or folder"));
        Assert.That(text.ToString(), Is.EqualTo(text.In(Language.English)), "Exception.Message and logs carry English");
    }

    [Test]
    public void Nested_texts_and_lists_are_written_in_the_same_language()
    {
        var columns = new TextList(", ", ["'Order ID'", new LocalText("error.kind.timecolumn")]);
        var text = new LocalText("error.kind.lacks", ("path", "a.csv"), ("kind", "tiktok-orders"), ("columns", columns));

        Assert.That(text.In(Language.English), Is.EqualTo("a.csv: looks like tiktok-orders but lacks 'Order ID', a time column"));
        Assert.That(text.In(Language.Vietnamese), Is.EqualTo("a.csv: giống tiktok-orders nhưng thiếu 'Order ID', một cột thời gian"));
    }

    [Test]
    public void Whole_numbers_are_shown_as_options_are_typed_whatever_the_machine_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var text = new LocalText("error.generate.shops", ("max", 1000), ("value", 1500));

            Assert.That(text.In(Language.English), Is.EqualTo("--shops must be between 1 and 1000, not 1500"));
            Assert.That(text.In(Language.Vietnamese), Is.EqualTo("--shops phải từ 1 đến 1000, không phải 1500"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void A_user_error_keeps_its_key_its_English_message_and_its_exit_code()
    {
        var error = new UserInputException(new LocalText("error.option.top"), ExitCodes.BadOption);

        Assert.That(error.Message, Is.EqualTo("--top must be 0 or more"));
        Assert.That(error.MessageIn(Language.Vietnamese), Is.EqualTo("--top phải từ 0 trở lên"));
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadOption));
    }

    [Test]
    public void A_message_in_English_only_stays_English()
    {
        var error = new UserInputException("ClickHouse at localhost:8123 refused a query: Code: 60", ExitCodes.StoreRefused);

        Assert.That(error.MessageIn(Language.Vietnamese), Is.EqualTo(error.Message));
        Assert.That(error.Text, Is.Null);
    }
}
