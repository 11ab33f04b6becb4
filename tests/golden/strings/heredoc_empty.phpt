--TEST--
Empty heredoc and nowdoc
--FILE--
<?php
var_dump(<<<EOT
EOT);
var_dump(<<<'EOT'
EOT);
--EXPECT--
string(0) ""
string(0) ""
