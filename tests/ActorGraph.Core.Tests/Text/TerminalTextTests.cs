using ActorGraph.Core.Text;

namespace ActorGraph.Core.Tests.Text;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[31mred", @"\x1B[31mred")]
    [InlineData("bell\u0007", @"bell\x07")]
    [InlineData("nul\0", @"nul\x00")]
    [InlineData("two\nlines\r", @"two\x0Alines\x0D")]
    [InlineData("tab\there", @"tab\x09here")]
    [InlineData("del\u007f c1\u0085\u009b", @"del\x7F c1\x85\x9B")]
    [InlineData("rlo\u202Eabc\u202C", @"rlo\u202Eabc\u202C")]
    [InlineData("iso\u2066x\u2069 mark\u200F\u061C", @"iso\u2066x\u2069 mark\u200F\u061C")]
    [InlineData("sep\u2028\u2029", @"sep\u2028\u2029")]
    public void Characters_that_steer_a_terminal_become_visible_escapes(string text, string safe)
    {
        Assert.Equal(safe, TerminalText.Safe(text));
    }

    [Fact]
    public void Printable_text_in_any_script_is_returned_as_it_is()
    {
        var text = "Владимир Путин, 習近平, Erdoğan \U0001F600 \"quoted\" <b>&amp;</b> \\";

        Assert.Same(text, TerminalText.Safe(text));
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character_and_pairs_stay()
    {
        var text = "a" + '\ud800' + "b" + '\udc00' + "\U0001F600";

        Assert.Equal("a\uFFFDb\uFFFD\U0001F600", TerminalText.Safe(text));
    }
}
