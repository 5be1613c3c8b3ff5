using ActorGraph.Syntax.Text;

namespace ActorGraph.Syntax.Tests;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Iran's leaders didn't attend.", "Iran|'s|leaders|did|n't|attend|.")]
    [InlineData("The U.S. and the U.N. met Mr. Smith.", "The|U.S.|and|the|U.N.|met|Mr.|Smith|.")]
    [InlineData("A U.S.-led, well-known coalition (NATO) can't win.", "A|U.S.-led|,|well-known|coalition|(|NATO|)|ca|n't|win|.")]
    [InlineData("\"We will respond,\" he said.", "\"|We|will|respond|,|\"|he|said|.")]
    [InlineData("It cost $4.5 billion in 2024...", "It|cost|$4.5|billion|in|2024|...")]
    [InlineData("They're sure we'll see it at www.example.org.", "They|'re|sure|we|'ll|see|it|at|www.example.org|.")]
    public void Words_are_split_the_UD_English_way(string text, string expected)
    {
        var tokens = Tokenizer.Tokens(text);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
    }

    [Fact]
    public void Every_token_keeps_its_offsets_into_the_text()
    {
        const string text = "  Officials said\tthe talks, held in Doha, wouldn't resume.\n\nNext week, maybe. ";

        foreach (var token in Tokenizer.Tokens(text))
        {
            Assert.Equal(token.Text, text[token.Start..token.End]);
        }
    }

    [Fact]
    public void Sentences_end_at_stops_but_not_after_abbreviations()
    {
        const string text = "Mr. Blinken arrived in Kyiv on Monday. He met Gen. Syrskyi! Talks in the U.S. continue. \"It works.\" The end";

        var sentences = Tokenizer.Sentences(text).Select(s => string.Join(' ', s.Select(t => t.Text))).ToList();

        Assert.Equal(
            ["Mr. Blinken arrived in Kyiv on Monday .", "He met Gen. Syrskyi !", "Talks in the U.S. continue .", "\" It works . \"", "The end"],
            sentences);
    }

    [Fact]
    public void A_blank_line_ends_a_sentence_without_a_stop()
    {
        var sentences = Tokenizer.Sentences("Headline without a stop\n\nFirst sentence of the body.");

        Assert.Equal(2, sentences.Count);
        Assert.Equal("stop", sentences[0][^1].Text);
    }
}
