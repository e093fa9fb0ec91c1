using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collaboration.Forums.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SeriesRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "series",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "revision",
                table: "series");
        }
    }
}
