--TEST--
Stray semicolons and empty blocks are allowed
--FILE--
<?php
;;;
{}
{ ; }
if (true) ;
echo "ok\n";
--EXPECT--
ok
