using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Fact]
    public void Plain_sentences_split_at_full_stops_question_and_exclamation_marks()
    {
        Assert.Equal(
            ["Russia attacked Kyiv.", "Did NATO respond?", "It did!", "Talks follow."],
            Texts("Russia attacked Kyiv. Did NATO respond? It did! Talks follow."));
    }

    [Fact]
    public void Offsets_point_into_the_text_and_indexes_count_from_zero()
    {
        const string text = "  Xi met Putin.  Biden spoke.\n";
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
        Assert.Equal([0, 1], sentences.Select(s => s.Index));
        Assert.Equal(2, sentences[0].Start);
    }

    [Theory]
    [InlineData("The U.S. and the U.K. condemned the strike.")]
    [InlineData("The U.N. Security Council met on Friday.")]
    [InlineData("Gen. Mark Milley and Lt. Col. Alexander Vindman testified.")]
    [InlineData("Maj. Gen. Smith and Adm. Jones met Sen. Graham and Rep. Pelosi.")]
    [InlineData("Gov. Newsom and Pres. Macron spoke with Dr. Tedros.")]
    [InlineData("Mr. Xi, Mrs. Clinton and Ms. Kallas visited St. Petersburg and Mt. Everest.")]
    [InlineData("Talks were held on Jan. 3, Feb. 4, Aug. 5, Sept. 6, Oct. 7, Nov. 8 and Dec. 9.")]
    [InlineData("Resolution No. 2334 was adopted.")]
    [InlineData("It was Russia vs. Ukraine at the court.")]
    [InlineData("Allies, e.g. Poland, and neighbours, i.e. Belarus, reacted.")]
    [InlineData("Donald J. Trump met J.D. Vance in Ohio.")]
    [InlineData("The economy grew 3.5 percent in the quarter.")]
    [InlineData("Acme Corp. and Widget Inc. signed a deal with Martin Luther King Jr. Foundation.")]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence(string text)
    {
        Assert.Equal([text], Texts(text));
    }

    [Fact]
    public void An_ambiguous_abbreviation_ends_a_sentence_before_a_typical_opener()
    {
        Assert.Equal(
            ["Sanctions were imposed by the U.S.", "The Kremlin called them illegal."],
            Texts("Sanctions were imposed by the U.S. The Kremlin called them illegal."));
    }

    [Fact]
    public void Etc_ends_a_sentence_before_an_opener_but_not_before_a_lowercase_word()
    {
        Assert.Equal(
            ["They discussed oil, gas, grain, etc.", "The talks ended.", "Acme Inc. said nothing."],
            Texts("They discussed oil, gas, grain, etc. The talks ended. Acme Inc. said nothing."));
    }

    [Fact]
    public void A_sentence_ending_in_a_quoted_full_stop_ends_after_the_closing_quote()
    {
        Assert.Equal(
            ["He said: \"We will respond.\"", "Moscow denied it."],
            Texts("He said: \"We will respond.\" Moscow denied it."));
        Assert.Equal(
            ["She said: “This is war.”", "Kyiv agreed."],
            Texts("She said: “This is war.” Kyiv agreed."));
    }

    [Fact]
    public void A_quote_followed_by_its_attribution_stays_one_sentence()
    {
        Assert.Equal(
            ["\"We will not back down,\" he said.", "“Never?” she asked."],
            Texts("\"We will not back down,\" he said. “Never?” she asked."));
    }

    [Fact]
    public void A_question_mark_before_a_lowercase_word_does_not_end_a_sentence()
    {
        Assert.Equal(["\"Why now?\" asked the minister, and left."], Texts("\"Why now?\" asked the minister, and left."));
    }

    [Fact]
    public void A_paragraph_break_always_ends_a_sentence()
    {
        Assert.Equal(["Xi met Putin", "Biden called Zelensky"], Texts("Xi met Putin\n\nBiden called Zelensky"));
    }

    [Fact]
    public void A_headline_line_without_final_punctuation_is_its_own_sentence()
    {
        Assert.Equal(
            ["Xi visits Moscow for talks", "Chinese President Xi Jinping arrived on Monday."],
            Texts("Xi visits Moscow for talks\nChinese President Xi Jinping arrived on Monday."));
    }

    [Fact]
    public void A_wrapped_line_continues_the_sentence()
    {
        Assert.Equal(
            ["The foreign minister said the talks in Geneva were\nconstructive and would continue."],
            Texts("The foreign minister said the talks in Geneva were\nconstructive and would continue."));
        Assert.Equal(["Russia, China,\nIran and North Korea met."], Texts("Russia, China,\nIran and North Korea met."));
    }

    [Fact]
    public void Empty_and_blank_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n\n \t"));
    }

    [Fact]
    public void Text_without_final_punctuation_is_one_sentence()
    {
        Assert.Equal(["Talks continue"], Texts("Talks continue"));
    }

    [Fact]
    public void Ellipsis_before_a_capital_ends_a_sentence()
    {
        Assert.Equal(["Talks stalled…", "Then Turkey mediated."], Texts("Talks stalled… Then Turkey mediated."));
    }

    [Fact]
    public void Long_text_is_split_without_losing_characters()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The U.S. envoy met Gen. Smith on Jan. 3. \"We agree,\" he said. ", 2000));
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(4000, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(paragraph[s.Start..s.End], s.Text));
    }
}
