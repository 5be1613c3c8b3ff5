using ActorGraph.Extraction.Tests.Relations;

namespace ActorGraph.Extraction.Tests.Actors;

public sealed class ResolutionTests
{
    private static (string Source, string Type, string Target) Only(string text, string published = "2025-06-02")
    {
        var e = Assert.Single(Extracted.Of(text, published));
        return (e.Source.Id.Value, e.Type.ToString().ToUpperInvariant(), e.Target.Id.Value);
    }

    [Fact]
    public void Surname_after_a_full_first_mention_resolves_to_that_person()
    {
        var events = Extracted.Of("Mark Rutte arrived in The Hague on Monday. Rutte praised Poland for its defence spending.");
        Assert.Contains(events, e => e.Source.Id.Value == "person/mark-rutte" && e.Target.Id.Value == "country/POL");
    }

    [Fact]
    public void Surname_after_a_full_first_mention_wins_over_an_office_holder_known_by_that_short_name()
    {
        // Kim Seon-ho, South Korea's acting defence minister in July 2025, is known as "Kim" in the gazetteer.
        var events = Extracted.Of("Sergey Lavrov held talks with Kim Jong Un on Saturday. Kim pledged full support for Russia.", "2025-07-13");

        Assert.Contains(events, e => e.Source.Id.Value == "person/kim-jong-un" && e.Target.Id.Value == "country/RUS");
        Assert.DoesNotContain(events, e => e.Source.Id.Value == "person/kim-seon-ho");
    }

    [Fact]
    public void A_titled_name_with_an_extra_given_name_is_the_person_the_gazetteer_knows()
    {
        // Modi's middle name, written out in full in some official releases.
        Assert.Equal(("person/narendra-modi", "CONSULT", "person/vladimir-putin"),
            Only("Indian Prime Minister Narendra Damodardas Modi held talks with Russian President Vladimir Putin.", "2024-07-09"));
    }

    [Fact]
    public void Title_and_name_with_a_possessive_country_resolve_to_the_person()
    {
        Assert.Equal(("person/xi-jinping", "CONSULT", "person/vladimir-putin"),
            Only("China's President Xi Jinping held talks with Russian President Vladimir Putin."));
    }

    [Theory]
    [InlineData("2011-06-01", "person/hu-jintao")]
    [InlineData("2019-06-01", "person/xi-jinping")]
    public void The_chinese_president_is_whoever_held_the_office_on_the_article_date(string published, string expected)
    {
        var (source, _, _) = Only("The Chinese president met the Russian president in Moscow.", published);
        Assert.Equal(expected, source);
    }

    [Fact]
    public void The_russian_leader_is_the_office_the_state_names_its_leader()
    {
        var (_, _, target) = Only("Xi Jinping praised the Russian leader.", "2025-05-09");
        Assert.Equal("person/vladimir-putin", target);
    }

    [Fact]
    public void Possessive_of_a_capital_is_that_state()
    {
        var (source, type, target) = Only("Moscow's envoy accused Washington of interference.");
        Assert.Equal(("country/RUS/government", "ACCUSE", "country/USA"), (source, type, target));
    }

    [Theory]
    [InlineData("Ukrainian lawmakers condemned Russia.", "country/UKR/legislature")]
    [InlineData("North Korean generals visited Moscow.", "country/PRK/military")]
    [InlineData("Israeli troops withdrew from Lebanon.", "country/ISR/military")]
    public void Demonym_and_role_resolve_to_the_state_sector(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Extracted.Of(text)).Source.Id.Value);
    }

    [Theory]
    [InlineData("The Kremlin condemned Ukraine.", "country/RUS")]
    [InlineData("Beijing criticised Japan.", "country/CHN")]
    [InlineData("Downing Street praised France.", "country/GBR")]
    public void Capital_or_seat_of_government_resolves_to_its_state(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Extracted.Of(text)).Source.Id.Value);
    }

    [Fact]
    public void Titled_person_not_in_the_gazetteer_becomes_a_person_with_the_stated_country()
    {
        var e = Assert.Single(Extracted.Of("American border czar Tom Homan criticised Mexico."));
        Assert.Equal("person/tom-homan", e.Source.Id.Value);
        Assert.Equal("USA", e.Source.Country);
    }

    [Fact]
    public void Titled_person_without_a_stated_country_has_none()
    {
        var e = Assert.Single(Extracted.Of("Border czar Tom Homan criticised Mexico."));
        Assert.Equal("person/tom-homan", e.Source.Id.Value);
        Assert.Null(e.Source.Country);
    }

    [Fact]
    public void Counterpart_with_a_name_is_that_person()
    {
        Assert.Equal(("person/marco-rubio", "CONSULT", "person/wang-yi"),
            Only("Marco Rubio met his Chinese counterpart Wang Yi in Kuala Lumpur.", "2025-07-12"));
    }

    [Fact]
    public void Lowercase_common_word_that_is_a_country_name_is_not_an_actor()
    {
        Assert.Empty(Extracted.Of("They served turkey and visited friends."));
    }

    [Fact]
    public void Acronym_alias_matches_only_in_capitals()
    {
        Assert.Empty(Extracted.Of("Let us condemn violence against us."));
        Assert.Equal("country/USA", Assert.Single(Extracted.Of("China condemned the US.")).Target.Id.Value);
    }

    [Fact]
    public void Pronoun_refers_to_the_person_named_last()
    {
        var events = Extracted.Of("Donald Trump spoke to reporters on Air Force One. He warned Iran.");
        var threat = Assert.Single(events, e => e.Source.Id.Value == "person/donald-trump" && e.Type == Core.Events.PloverType.Threaten && e.Target.Id.Value == "country/IRN");
        Assert.Equal("Donald Trump", threat.Evidence.SourceText);
    }
}
