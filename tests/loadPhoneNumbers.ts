// The Worker loads libphonenumber at start (functions/app.ts) so the tel rules can read numbers;
// tests that call the engine or a handler directly load it the same way.
import '../src/engine/validation/toE164';
