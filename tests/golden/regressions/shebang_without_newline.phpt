--TEST--
A shebang line ended by "\r" with no "\n" after it in the file: php stops at the end of input, miniphp ran the rest
--FILEEOF--
#!/usr/bin/env php<?php echo "not printed by php";
--EXPECT--
