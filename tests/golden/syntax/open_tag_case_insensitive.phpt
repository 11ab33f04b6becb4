--TEST--
<?PHP and <?Php open PHP mode too
--FILE--
<?PHP echo "one\n"; ?>
<?Php echo "two\n";
--EXPECT--
one
two
