using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Extraction.Tests.Relations;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Tests.Robustness;

/// <summary>Text that used to throw or take quadratic time in the extractor: each is extracted, or fails alone with a reason.</summary>
public sealed class HostileTextTests
{
    [Fact]
    public void An_emoji_after_a_name_neither_splits_nor_fails()
    {
        var events = Extracted.Of("Putin\U0001F600 met Xi.");

        Assert.Contains(events, e => e.Type == PloverType.Consult);
    }

    [Theory]
    [InlineData("Putin\U0001F600 met Xi.", "\U0001F600")]
    [InlineData("The \U0001D400\U0001D401 group met.", "\U0001D400\U0001D401")]
    public void Tokens_never_end_inside_a_surrogate_pair(string text, string token)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Contains(tokens, t => t.Text == token);
        Assert.All(tokens, t => Assert.Equal(-1, Surrogates.FirstLone(t.Text)));
    }

    [Fact]
    public void Lone_surrogates_fold_to_replacement_characters()
    {
        Assert.Equal("\uFFFDe\uFFFD", TextFold.Fold("\uD800É\uDC00"));
    }

    [Fact]
    public void Noncharacters_fold_without_failing()
    {
        // Found by `actorgraph fuzz --seed 15` (input 601206): a UTF-16 page of U+FFFE and U+FFFF made normalisation throw.
        Assert.Equal("\uFFFE\uFFFFé", TextFold.Fold("\uFFFE\uFFFFÉ"));
        Assert.Equal(PloverType.Consult, Assert.Single(Extracted.Of("\uFFFE\uFFFF \uFEFF\uFFFE. Xi\uFFFE met Putin.")).Type);
    }

    [Fact]
    public void Replacing_lone_surrogates_keeps_pairs_and_offsets()
    {
        var text = "a\uD800b\U0001F600c\uDC00";

        var replaced = Surrogates.ReplaceLone(text);

        Assert.Equal("a\uFFFDb\U0001F600c\uFFFD", replaced);
        Assert.Equal(text.Length, replaced.Length);
    }

    [Theory]
    [InlineData("0001-01-01", "Vladimir Putin held talks with Xi Jinping yesterday.")]
    [InlineData("0001-01-01", "Vladimir Putin held talks with Xi Jinping last week.")]
    [InlineData("0001-01-01", "Vladimir Putin held talks with Xi Jinping last year.")]
    [InlineData("9999-12-31", "Vladimir Putin will hold talks with Xi Jinping next week.")]
    [InlineData("9999-12-31", "Vladimir Putin will hold talks with Xi Jinping tomorrow.")]
    [InlineData("9999-12-31", "Vladimir Putin will hold talks with Xi Jinping next year.")]
    public void A_relative_date_past_the_end_of_the_calendar_falls_back_to_the_published_date(string published, string text)
    {
        var e = Assert.Single(Extracted.Of(text, published));

        Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), e.Date);
    }

    [Theory]
    [InlineData("Zelensky met Putin to discuss Ukraine's air")]
    [InlineData("Zelensky met Putin about Ukraine's")]
    [InlineData("Ukraine's air")]
    public void A_state_possessive_at_the_very_end_of_the_text_is_read(string text)
    {
        var events = Extracted.Of(text);

        Assert.All(events, e => Assert.InRange(e.Evidence.End, 0, text.Length));
    }

    [Fact]
    public void An_endless_sentence_is_cut_into_pieces_of_bounded_length()
    {
        var text = string.Concat(Enumerable.Repeat("Vladimir Putin, Xi Jinping, Emmanuel Macron, ", 20_000)) + "met in Moscow.";

        var sentences = SentenceSplitter.Split(text);

        Assert.All(sentences, s => Assert.InRange(s.Text.Length, 1, SentenceSplitter.MaxSentenceChars));
        Assert.All(sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
        Assert.True(sentences.Count >= text.Length / SentenceSplitter.MaxSentenceChars);
    }

    [Fact]
    public void A_sentence_without_spaces_is_cut_outside_surrogate_pairs()
    {
        var text = string.Concat(Enumerable.Repeat("x\U0001F600", 2_000));

        var sentences = SentenceSplitter.Split(text);

        Assert.All(sentences, s => Assert.Equal(-1, Surrogates.FirstLone(s.Text)));
        Assert.Equal(text, string.Concat(sentences.Select(s => s.Text)));
    }

    [Fact]
    public void An_article_over_its_time_budget_fails_alone_with_a_reason()
    {
        // The clock moves one second each time it is read, so the third sentence is past a budget of two seconds.
        var extractor = new EventExtractor(Extracted.Knowledge, budget: new ExtractionBudget(TimeSpan.FromSeconds(2), new SteppingClock()));
        var article = new Article("long", null, "Xi met Putin. Macron met Scholz. Modi met Xi. Putin met Kim.", new DateOnly(2025, 5, 9));

        var ok = extractor.TryExtract(article, out var events, out var error);

        Assert.False(ok);
        Assert.Empty(events);
        Assert.StartsWith("extraction stopped at sentence 3 of 4: over the time budget of 2 s per article", error, StringComparison.Ordinal);
        Assert.Throws<ExtractionTimeoutException>(() => extractor.Extract(article));
    }

    [Fact]
    public void An_article_within_its_budget_is_extracted()
    {
        var extractor = new EventExtractor(Extracted.Knowledge, budget: new ExtractionBudget(TimeSpan.FromSeconds(100), new SteppingClock()));

        var ok = extractor.TryExtract(new Article("short", null, "Xi Jinping held talks with Vladimir Putin.", new DateOnly(2025, 5, 9)), out var events, out var error);

        Assert.True(ok, error);
        Assert.Single(events);
    }

    /// <summary>A clock that moves one second every time it is read.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond) - TimeSpan.TicksPerSecond;
    }
}
