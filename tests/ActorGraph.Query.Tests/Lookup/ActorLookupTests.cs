using ActorGraph.Core.Actors;
using ActorGraph.Query.Lookup;
using ActorGraph.Query.Tests.Support;

namespace ActorGraph.Query.Tests.Lookup;

public sealed class ActorLookupTests
{
    private readonly ActorLookup lookup = SomeGraph.With()
        .Actor("person/vladimir-putin", "Vladimir Putin", ActorKind.Person, "RUS", "Putin", "Владимир Путин")
        .Actor("person/recep-tayyip-erdogan", "Recep Tayyip Erdoğan", ActorKind.Person, "TUR", "Erdogan")
        .Actor("person/xi-jinping", "Xi Jinping", ActorKind.Person, "CHN", "習近平", "Xi")
        .Actor("country/GEO", "Georgia", ActorKind.State, "GEO")
        .Actor("group/georgia-state", "Georgia", ActorKind.Group, "USA")
        .Actor("country/RUS", "Russia", ActorKind.State, "RUS", "Russian Federation", "Moscow")
        .Actor("country/CIV", "Côte d'Ivoire", ActorKind.State, "CIV", "Ivory Coast")
        .Build().Lookup;

    [Theory]
    [InlineData("person/vladimir-putin")]
    [InlineData("PERSON/Vladimir-Putin")]
    [InlineData("Vladimir Putin")]
    [InlineData("  vladimir   putin ")]
    [InlineData("putin")]
    [InlineData("Владимир Путин")]
    [InlineData("владимир путин")]
    [InlineData("vladimir-putin")]
    public void Finds_by_id_name_alias_or_slug_ignoring_case(string text)
    {
        Assert.Equal("person/vladimir-putin", lookup.Find(text).Id.Value);
    }

    [Theory]
    [InlineData("Recep Tayyip Erdogan")]
    [InlineData("recep tayyip erdoğan")]
    [InlineData("Cote d'Ivoire")]
    [InlineData("cote divoire")]
    public void Ignores_accents(string text)
    {
        Assert.NotNull(lookup.Find(text));
    }

    [Fact]
    public void Finds_names_in_other_scripts()
    {
        Assert.Equal("person/xi-jinping", lookup.Find("習近平").Id.Value);
    }

    [Fact]
    public void Unknown_name_suggests_close_matches()
    {
        var error = Assert.Throws<ActorNotFoundException>(() => lookup.Find("Puttin"));

        Assert.Equal("Unknown actor 'Puttin'. Did you mean: Vladimir Putin (person/vladimir-putin)?", error.Message);
    }

    [Fact]
    public void Unknown_name_suggests_names_it_begins()
    {
        var error = Assert.Throws<ActorNotFoundException>(() => lookup.Find("Russ"));

        Assert.Equal("country/RUS", Assert.Single(error.Candidates).Id.Value);
    }

    [Fact]
    public void Misspelt_accented_name_is_suggested()
    {
        var error = Assert.Throws<ActorNotFoundException>(() => lookup.Find("Erdogn"));

        Assert.Contains("Recep Tayyip Erdoğan (person/recep-tayyip-erdogan)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_close_gives_a_plain_message()
    {
        var error = Assert.Throws<ActorNotFoundException>(() => lookup.Find("Zanzibar"));

        Assert.Equal("Unknown actor 'Zanzibar'.", error.Message);
        Assert.Empty(error.Candidates);
    }

    [Fact]
    public void Shared_name_is_ambiguous_and_lists_both()
    {
        var error = Assert.Throws<AmbiguousActorException>(() => lookup.Find("georgia"));

        Assert.Equal(["country/GEO", "group/georgia-state"], error.Candidates.Select(a => a.Id.Value));
        Assert.Contains("Georgia (country/GEO), Georgia (group/georgia-state)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_settles_an_ambiguous_name()
    {
        Assert.Equal(ActorKind.Group, lookup.Find("group/georgia-state").Kind);
    }

    [Fact]
    public void Display_name_wins_over_an_alias()
    {
        var lookup = SomeGraph.With()
            .Actor("country/USA", "United States", ActorKind.State, "USA", "America")
            .Actor("group/america", "America", ActorKind.Group)
            .Build().Lookup;

        Assert.Equal("group/america", lookup.Find("America").Id.Value);
    }

    [Fact]
    public void Try_find_reports_failure_without_throwing()
    {
        Assert.False(lookup.TryFind("Georgia", out var ambiguous));
        Assert.Null(ambiguous);
        Assert.True(lookup.TryFind("Xi", out var xi));
        Assert.Equal("Xi Jinping", xi!.Name);
    }

    [Theory]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("  U.S.  Army ", "us army")]
    [InlineData("Ærø-Straße", "aero strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("O’Neill", "oneill")]
    public void Normalises_case_accents_and_punctuation(string text, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Normalize(text));
    }
}
