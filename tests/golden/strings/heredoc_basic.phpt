--TEST--
Heredoc interpolates and processes escapes
--FILE--
<?php
$who = "heredoc";
echo <<<EOT
Hello $who, {$who}!
Tab:[\t] Dollar:[\$] Quotes: "double" 'single'
EOT;
echo "\n";
--EXPECT--
Hello heredoc, heredoc!
Tab:[	] Dollar:[$] Quotes: "double" 'single'
