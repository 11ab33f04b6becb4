--TEST--
exit('msg') prints its message before the shutdown functions and destructors
--FILE--
<?php
class G { public function __destruct() { echo "destructor\n"; } }
$g = new G;
register_shutdown_function(function () { echo "shutdown function\n"; });
exit("bye\n");
--EXPECT--
bye
shutdown function
destructor
