using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

public sealed class TopicTreeTests
{
    private static TopicTree Sample() => new(
    [
        new Topic { Id = 1, Name = "国土资源、能源", SortOrder = 0 },
        new Topic { Id = 2, Name = "城乡建设、环境保护", SortOrder = 1 },
        new Topic { Id = 3, ParentId = 1, Name = "矿产资源", SortOrder = 1 },
        new Topic { Id = 4, ParentId = 1, Name = "土地管理", SortOrder = 0 },
        new Topic { Id = 5, ParentId = 4, Name = "征地", SortOrder = 0 },
    ]);

    [Fact]
    public void Entries_list_parents_before_children_and_siblings_by_sort_order()
    {
        Assert.Equal(
            ["国土资源、能源", "国土资源、能源/土地管理", "国土资源、能源/土地管理/征地", "国土资源、能源/矿产资源", "城乡建设、环境保护"],
            Sample().Entries.Select(e => e.Path));
    }

    [Fact]
    public void Indented_name_shows_the_depth()
    {
        Assert.Equal("\u3000\u3000征地", Sample().Find(5)!.IndentedName);
    }

    [Theory]
    [InlineData("国土资源、能源", true)]
    [InlineData("国土资源、能源/矿产资源", true)]
    [InlineData("国土资源、能源其他", false)]
    [InlineData("城乡建设、环境保护", false)]
    public void A_topic_holds_its_subtopics_but_not_a_name_that_only_starts_the_same(string itemTopic, bool below)
    {
        Assert.Equal(below, TopicTree.IsAtOrBelow(itemTopic, "国土资源、能源"));
    }

    [Fact]
    public void Counts_include_the_items_of_subtopics()
    {
        var counts = Sample().CountItems([("国土资源、能源/土地管理/征地", 3), ("国土资源、能源/矿产资源", 2), ("国土资源、能源", 1), ("其他", 7)]);
        Assert.Equal(6, counts[1]);
        Assert.Equal(3, counts[4]);
        Assert.Equal(0, counts[2]);
    }

    [Fact]
    public void A_name_already_used_by_a_sibling_is_refused()
    {
        Assert.Equal("同一上级主题下已有“矿产资源”。", Sample().CheckName(" 矿产资源 ", 1));
    }

    [Fact]
    public void The_same_name_under_another_parent_is_allowed()
    {
        Assert.Null(Sample().CheckName("矿产资源", 2));
    }

    [Fact]
    public void A_name_with_the_path_separator_is_refused()
    {
        Assert.Contains("不能含“/”", Sample().CheckName("土地/矿产", null));
    }

    [Fact]
    public void A_rename_may_keep_its_own_name()
    {
        Assert.Null(Sample().CheckName("矿产资源", 1, selfId: 3));
    }

    [Fact]
    public void A_rename_that_makes_a_subtopics_path_too_long_is_refused()
    {
        var tree = new TopicTree(
        [
            new Topic { Id = 1, Name = new string('甲', 30) },
            new Topic { Id = 2, ParentId = 1, Name = new string('乙', 30) },
            new Topic { Id = 3, ParentId = 2, Name = new string('丙', 30) },
        ]);
        Assert.Null(tree.CheckName(new string('丁', 38), null, selfId: 1));
        Assert.Equal("主题的完整路径（含上级和下级主题）不能超过100个字。", tree.CheckName(new string('丁', 39), null, selfId: 1));
    }
}
