using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Collaboration.Forums.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "minimisation",
                table: "series",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<long>(
                name: "personal_data_removed_at",
                table: "series",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "retention_months",
                table: "series",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<long>(
                name: "closed_at",
                table: "forums",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "minimisation",
                table: "series");

            migrationBuilder.DropColumn(
                name: "personal_data_removed_at",
                table: "series");

            migrationBuilder.DropColumn(
                name: "retention_months",
                table: "series");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "forums");
        }
    }
}
