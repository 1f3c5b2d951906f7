using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Desk;

public sealed class ProcessingFeeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(55, 400)]
    public void Per_application_fee_follows_the_monthly_count(int ordinal, int fee) =>
        Assert.Equal(fee, ProcessingFee.PerApplication(ordinal));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    public void Per_volume_fee_is_progressive(int pages, int fee) =>
        Assert.Equal(fee, ProcessingFee.PerVolume(pages));
}

public sealed class PersonalDataTests
{
    [Fact]
    public void Id_numbers_phones_and_addresses_are_masked() => Assert.Multiple(
        () => Assert.Equal("110101********1234", PersonalData.MaskIdNumber("110101199001011234")),
        () => Assert.Equal("138****5678", PersonalData.MaskPhone("13812345678")),
        () => Assert.Equal("广东省广州市****", PersonalData.MaskAddress("广东省广州市越秀区东风中路1号")),
        () => Assert.Equal("张*", PersonalData.MaskName("张三")),
        () => Assert.Equal("z***@example.com", PersonalData.MaskEmail("zhang@example.com")),
        () => Assert.Equal("", PersonalData.MaskPhone(null)));
}
