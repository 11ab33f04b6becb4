--TEST--
Unknown or incomplete escapes are kept literally
--FILE--
<?php
echo "\q \a \x \xg \u \u1234 \8 \{ \}\n";
--EXPECT--
\q \a \x \xg \u \u1234 \8 \{ \}
