using ActorGraph.Core.Actors;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Relations;
using ActorGraph.Extraction.Tests.Input;

namespace ActorGraph.Extraction.Tests.Knowledge;

public sealed class KnowledgeFileTests
{
    [Fact]
    public void Shipped_gazetteer_holds_every_un_member_plus_observers_taiwan_and_kosovo()
    {
        var states = Relations.Extracted.Knowledge.Gazetteer.Records.Count(r => r.Kind == ActorKind.State);
        Assert.True(states >= 197, $"{states} states");
        foreach (var code in new[] { "USA", "CHN", "RUS", "PSE", "VAT", "TWN", "XKX", "SSD" })
        {
            Assert.NotNull(Relations.Extracted.Knowledge.Gazetteer.State(code));
        }
    }

    [Fact]
    public void Gazetteer_record_without_kind_is_an_error_naming_file_and_line()
    {
        var e = Assert.Throws<GazetteerFormatException>(() => GazetteerParser.Parse("\nid: person/x-y\nname: X Y\n", "extra.gaz"));
        Assert.Equal("extra.gaz:2: record 'person/x-y' needs both 'name' and 'kind'", e.Message);
    }

    [Fact]
    public void Gazetteer_office_with_a_bad_date_is_an_error_naming_file_and_line()
    {
        var e = Assert.Throws<GazetteerFormatException>(() =>
            GazetteerParser.Parse("id: person/x-y\nname: X Y\nkind: person\noffice: president | FRA | head-of-state | 2020-13-01 |\n", "extra.gaz"));
        Assert.StartsWith("extra.gaz:4:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lexicon_line_with_an_unknown_type_is_an_error_naming_file_and_line()
    {
        var e = Assert.Throws<GazetteerFormatException>(() => LexiconParser.Parse("# c\nPRAISE: hail~ {T}\n", "mine.lex"));
        Assert.Equal("mine.lex:2: unknown PLOVER type 'PRAISE'", e.Message);
    }

    [Fact]
    public void Verb_pattern_also_matches_its_passive()
    {
        var patterns = LexiconParser.Parse("ACCUSE: accuse~ {T}\n", "mine.lex");
        Assert.Equal(2, patterns.Count);
        Assert.StartsWith("(passive)", patterns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void User_gazetteer_adds_actors_and_extends_existing_records()
    {
        using var folder = new TempFolder();
        var extra = folder.Write("mine.gaz", "id: person/ana-pop\nname: Ana Pop\nkind: person\ncountry: ROU\noffice: foreign minister | ROU | foreign-minister | 2025-01-01 |\n\nid: country/FRA\nname: France\nkind: state\ncapitals: Lutetia\n");
        var knowledge = ExtractionKnowledge.Load([extra]);
        var events = new EventExtractor(knowledge).Extract(new Core.Articles.Article("t", null, "The Romanian foreign minister criticised Lutetia.", new DateOnly(2025, 6, 1)));
        var e = Assert.Single(events);
        Assert.Equal(("person/ana-pop", "country/FRA"), (e.Source.Id.Value, e.Target.Id.Value));
    }

    [Fact]
    public void Missing_user_gazetteer_path_is_a_clear_error()
    {
        var e = Assert.Throws<FileNotFoundException>(() => ExtractionKnowledge.Load(["/no/such/file.gaz"]));
        Assert.Contains("/no/such/file.gaz", e.Message, StringComparison.Ordinal);
    }
}
