// The CLI picks its default language from the UI culture (Vietnamese for vi*, English otherwise).
// Tests, and the README examples they run, must not depend on the desktop they run on: every test
// runs with an English UI culture unless it sets another to check the default itself.
[assembly: SetUICulture("en-US")]
