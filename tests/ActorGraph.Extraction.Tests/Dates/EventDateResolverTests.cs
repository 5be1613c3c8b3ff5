using ActorGraph.Core.Events;
using ActorGraph.Extraction.Dates;

namespace ActorGraph.Extraction.Tests.Dates;

public sealed class EventDateResolverTests
{
    // A Saturday.
    private static readonly DateOnly Published = new(2025, 5, 10);

    private static ResolvedDate Resolve(string sentence) => EventDateResolver.Resolve(sentence, Published);

    private static void AssertDate(string sentence, string expected, DatePrecision precision, string expression)
    {
        var resolved = Resolve(sentence);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), resolved.Date);
        Assert.Equal(precision, resolved.Precision);
        Assert.True(resolved.Explicit);
        Assert.Equal(expression, sentence[resolved.Expression]);
    }

    [Theory]
    [InlineData("Xi met Putin on May 8, 2025 in Moscow.", "2025-05-08", "May 8, 2025")]
    [InlineData("Xi met Putin on May 8 2025 in Moscow.", "2025-05-08", "May 8 2025")]
    [InlineData("Xi met Putin on 8 May 2025 in Moscow.", "2025-05-08", "8 May 2025")]
    [InlineData("Xi met Putin on 2025-05-08 in Moscow.", "2025-05-08", "2025-05-08")]
    [InlineData("Xi met Putin on May 8th, 2024.", "2024-05-08", "May 8th, 2024")]
    [InlineData("Xi met Putin on Thursday, May 8.", "2025-05-08", "May 8")]
    public void A_full_calendar_date_is_taken_as_written(string sentence, string expected, string expression)
    {
        AssertDate(sentence, expected, DatePrecision.Day, expression);
    }

    [Theory]
    [InlineData("Xi met Putin on May 8.", "2025-05-08", "May 8")]
    [InlineData("Xi met Putin on May 10.", "2025-05-10", "May 10")]
    [InlineData("Xi met Putin on May 11.", "2024-05-11", "May 11")]
    [InlineData("Talks began on Jan. 3 in Geneva.", "2025-01-03", "Jan. 3")]
    [InlineData("Talks began on 3 January in Geneva.", "2025-01-03", "3 January")]
    [InlineData("The accord was signed on Dec. 12.", "2024-12-12", "Dec. 12")]
    [InlineData("The accord was signed on Sept. 30.", "2024-09-30", "Sept. 30")]
    public void A_month_and_day_without_a_year_is_the_latest_such_date_on_or_before_publication(string sentence, string expected, string expression)
    {
        AssertDate(sentence, expected, DatePrecision.Day, expression);
    }

    [Fact]
    public void February_29_without_a_year_goes_back_to_a_leap_year()
    {
        AssertDate("They met on Feb. 29.", "2024-02-29", DatePrecision.Day, "Feb. 29");
    }

    [Theory]
    [InlineData("Russia annexed the region in March 2014.", "2014-03-01", "March 2014")]
    [InlineData("The talks collapsed in March.", "2025-03-01", "March")]
    [InlineData("The talks collapsed in early June.", "2024-06-01", "June")]
    [InlineData("Troops withdrew in mid-April.", "2025-04-01", "April")]
    public void A_month_gives_month_precision(string sentence, string expected, string expression)
    {
        AssertDate(sentence, expected, DatePrecision.Month, expression);
    }

    [Theory]
    [InlineData("Russia invaded Ukraine in 2022.", "2022-01-01", "2022")]
    [InlineData("Relations soured during 2019.", "2019-01-01", "2019")]
    public void A_year_after_in_gives_year_precision(string sentence, string expected, string expression)
    {
        AssertDate(sentence, expected, DatePrecision.Year, expression);
    }

    [Theory]
    [InlineData("Sanctions have been in place since 2014.")]
    [InlineData("The plan aims to cut emissions by 2030.")]
    [InlineData("The army has 2025 tanks.")]
    [InlineData("May God help us, the minister said.")]
    [InlineData("The May talks were cancelled.")]
    [InlineData("The 2022-23 budget was cut.")]
    [InlineData("Black Friday sales fell.")]
    [InlineData("Protesters marked Bloody Sunday in Derry.")]
    [InlineData("Russia attacked Ukraine.")]
    public void Without_a_date_expression_the_published_date_is_used_and_not_explicit(string sentence)
    {
        var resolved = Resolve(sentence);

        Assert.Equal((Published, DatePrecision.Day, false), (resolved.Date, resolved.Precision, resolved.Explicit));
        Assert.Equal(0, resolved.Expression.GetOffsetAndLength(sentence.Length).Length);
    }

    [Theory]
    [InlineData("Xi met Putin today.", "2025-05-10", "today")]
    [InlineData("Xi met Putin yesterday.", "2025-05-09", "yesterday")]
    [InlineData("Yesterday Xi met Putin.", "2025-05-09", "Yesterday")]
    [InlineData("Xi will meet Putin tomorrow.", "2025-05-11", "tomorrow")]
    [InlineData("Xi met Putin last night.", "2025-05-09", "last night")]
    [InlineData("Xi met Putin earlier today.", "2025-05-10", "earlier today")]
    [InlineData("Xi met Putin three days ago.", "2025-05-07", "three days ago")]
    [InlineData("Xi met Putin 2 days ago.", "2025-05-08", "2 days ago")]
    [InlineData("Xi met Putin this morning.", "2025-05-10", "this morning")]
    public void Day_words_resolve_against_the_published_date(string sentence, string expected, string expression)
    {
        AssertDate(sentence, expected, DatePrecision.Day, expression);
    }

    [Theory]
    [InlineData("Xi met Putin on Thursday.", "2025-05-08", "Thursday")]
    [InlineData("Xi met Putin on Saturday.", "2025-05-10", "Saturday")]
    [InlineData("Xi met Putin on Sunday.", "2025-05-04", "Sunday")]
    [InlineData("On Monday, Xi met Putin.", "2025-05-05", "Monday")]
    [InlineData("Thursday's talks in Moscow ended without a deal.", "2025-05-08", "Thursday")]
    [InlineData("The Kremlin said Friday that Xi would stay.", "2025-05-09", "Friday")]
    [InlineData("Xi met Putin last Saturday.", "2025-05-03", "last Saturday")]
    [InlineData("Xi met Putin last Thursday.", "2025-05-08", "last Thursday")]
    [InlineData("Xi will meet Putin next Monday.", "2025-05-12", "next Monday")]
    public void A_weekday_is_the_latest_such_day_on_or_before_publication(string sentence, string expected, string expression)
    {
        AssertDate(sentence, expected, DatePrecision.Day, expression);
    }

    [Theory]
    [InlineData("Xi met Putin last week.", "2025-05-01", "last week")]
    [InlineData("Xi met Putin this week.", "2025-05-01", "this week")]
    [InlineData("Xi met Putin earlier this week.", "2025-05-01", "earlier this week")]
    [InlineData("Xi met Putin last month.", "2025-04-01", "last month")]
    [InlineData("Xi met Putin earlier this month.", "2025-05-01", "earlier this month")]
    [InlineData("Xi will meet Putin next month.", "2025-06-01", "next month")]
    public void Weeks_and_months_give_month_precision(string sentence, string expected, string expression)
    {
        AssertDate(sentence, expected, DatePrecision.Month, expression);
    }

    [Fact]
    public void Last_week_early_in_a_month_falls_in_the_previous_month()
    {
        var resolved = EventDateResolver.Resolve("Xi met Putin last week.", new DateOnly(2025, 5, 3));

        Assert.Equal((new DateOnly(2025, 4, 1), DatePrecision.Month), (resolved.Date, resolved.Precision));
    }

    [Fact]
    public void Last_month_in_january_is_december_of_the_year_before()
    {
        var resolved = EventDateResolver.Resolve("Xi met Putin last month.", new DateOnly(2025, 1, 15));

        Assert.Equal((new DateOnly(2024, 12, 1), DatePrecision.Month), (resolved.Date, resolved.Precision));
    }

    [Theory]
    [InlineData("Xi met Putin last year.", "2024-01-01", "last year")]
    [InlineData("Xi met Putin earlier this year.", "2025-01-01", "earlier this year")]
    public void Years_give_year_precision(string sentence, string expected, string expression)
    {
        AssertDate(sentence, expected, DatePrecision.Year, expression);
    }

    [Fact]
    public void A_calendar_day_beats_a_relative_day_and_a_day_beats_a_year()
    {
        AssertDate("On Thursday, officials said the deal signed on May 2 still held.", "2025-05-02", DatePrecision.Day, "May 2");
        AssertDate("Xi, who visited in 2023, met Putin on Thursday.", "2025-05-08", DatePrecision.Day, "Thursday");
    }

    [Fact]
    public void An_invalid_calendar_date_is_ignored()
    {
        var resolved = Resolve("They met on April 31, 2025.");

        Assert.False(resolved.Explicit);
    }
}
