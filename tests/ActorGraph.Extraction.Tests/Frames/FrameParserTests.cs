using ActorGraph.Core.Events;
using ActorGraph.Extraction.Frames;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Tests.Relations;

namespace ActorGraph.Extraction.Tests.Frames;

public sealed class FrameParserTests
{
    private const string Sample = """
        # meetings
        CONSULT/meet   | hold talk        | subj         | prep:with
        CONSULT/visit  | n:visit          | poss,amod    | prep:to      # a trip abroad
        COERCE         | beat up          | subj         | obj
        ASSAULT        | carry out raid   | subj         | prep:on,prep:against
        REJECT         | refuse > meet    | subj         | obj,prep:with
        AGREE          | sign             | subj         | none         | needs:ceasefire weak
        """;

    [Fact]
    public void Each_predicate_form_is_indexed_under_the_words_a_parse_gives()
    {
        var lexicon = new FrameLexicon(FrameParser.Parse(Sample, "sample.frames"));

        Assert.Equal(6, lexicon.Count);
        Assert.Equal(PloverType.Consult, Assert.Single(lexicon.Light("hold", "talk")).Type);
        Assert.Equal("visit", Assert.Single(lexicon.Noun("visit")).Mode);
        Assert.Equal(PloverType.Coerce, Assert.Single(lexicon.Verb("beat up")).Type);
        Assert.Equal(["prep:on", "prep:against"], Assert.Single(lexicon.Light("carry out", "raid")).TargetSlots);
        Assert.Equal(PloverType.Reject, Assert.Single(lexicon.Control("refuse", "meet")).Type);
        Assert.Empty(lexicon.Verb("beat"));
    }

    [Fact]
    public void Flags_set_reciprocity_weakness_and_a_needed_word()
    {
        var sign = Assert.Single(new FrameLexicon(FrameParser.Parse(Sample, "sample.frames")).Verb("sign"));

        Assert.True(sign.Reciprocal);
        Assert.True(sign.Recip);
        Assert.True(sign.Weak);
        Assert.Equal("ceasefire", sign.Needs);
        Assert.Equal("sample.frames:7", sign.Location);
    }

    [Theory]
    [InlineData("CONSULT | meet | subj", "expected 'TYPE[/mode] | predicate")]
    [InlineData("HUG | meet | subj | obj", "unknown PLOVER type 'HUG'")]
    [InlineData("CONSULT | meet | subject | obj", "unknown slot 'subject'")]
    [InlineData("CONSULT | meet | subj | obj | often", "unknown flag 'often'")]
    [InlineData("CONSULT | n:state visit | subj | obj", "a nominalisation is one noun")]
    public void A_bad_line_names_the_file_line_and_problem(string line, string problem)
    {
        var e = Assert.Throws<GazetteerFormatException>(() => FrameParser.Parse("# header\n" + line, "bad.frames"));

        Assert.StartsWith("bad.frames:2: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_frames_load() => Assert.True(Extracted.Knowledge.Frames.Count > 0);
}
